import type { Core, Schema, Struct } from '@strapi/strapi'
import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql'

export interface AttributeField {
  model: Struct.ContentTypeSchema | Struct.ComponentSchema
  name: string
  attribute: Schema.Attribute.AnyAttribute
  field: GraphQLField<unknown, unknown>
}

/**
 * Every attribute of every content type and component that the GraphQL schema shows as a field
 * of the model's object type, with that field: what the resolver batching replaces or wraps.
 */
export function* attributeFields(strapi: Core.Strapi, schema: GraphQLSchema): Generator<AttributeField> {
  const naming = strapi.plugin('graphql').service('utils').naming as {
    getTypeName(model: Struct.ContentTypeSchema): string
    getComponentName(model: Struct.ComponentSchema): string
  }
  const models: Array<[Struct.ContentTypeSchema | Struct.ComponentSchema, string]> = [
    ...Object.values(strapi.contentTypes).map((model): [Struct.ContentTypeSchema, string] => [model, naming.getTypeName(model)]),
    ...Object.values(strapi.components).map((model): [Struct.ComponentSchema, string] => [model, naming.getComponentName(model)]),
  ]
  for (const [model, typeName] of models) {
    const type = schema.getType(typeName)
    if (!isObjectType(type)) continue
    const fields = type.getFields()
    for (const [name, attribute] of Object.entries(model.attributes)) {
      const field = fields[name]
      if (field) yield { model, name, attribute: attribute as Schema.Attribute.AnyAttribute, field }
    }
  }
}
