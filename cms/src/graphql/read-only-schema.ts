import { filterSchema, pruneSchema } from '@graphql-tools/utils'
import type { GraphQLSchema } from 'graphql'

/**
 * Root query fields and types of plugins that have nothing to do with published content. The media
 * library (`uploadFile`, `uploadFiles`) listed every file, those only drafts use included: a file is
 * reached through the published entry that shows it.
 */
const HIDDEN_QUERY_FIELD = /^(?:me$|usersPermissions|reviewWorkflows|uploadFiles?(?:_connection)?$)/
/** A file's uses: entries of every type, drafts included. */
const HIDDEN_OBJECT_FIELDS = new Set(['UploadFile.related'])
const HIDDEN_TYPE = /^(?:UsersPermissions|ReviewWorkflows)/
/** Arguments that select drafts; without them every resolver reads the published version. */
const DRAFT_ARGUMENTS = new Set(['status', 'hasPublishedVersion', 'publicationFilter'])

/**
 * The public GraphQL API only reads published content. Every mutation (login, register, upload,
 * the plugins' CRUD) and every account or workflow query is removed from the schema itself, so
 * none of them can be reached by a permission mistake later; editors write through the admin.
 * Nor can a query ask for drafts: the arguments that would select them are not in the schema.
 */
export function readOnlySchema(schema: GraphQLSchema): GraphQLSchema {
  const filtered = filterSchema({
    schema,
    rootFieldFilter: (operation, fieldName) => operation === 'Query' && !HIDDEN_QUERY_FIELD.test(fieldName),
    typeFilter: (typeName) => !HIDDEN_TYPE.test(typeName),
    objectFieldFilter: (typeName, fieldName) => !HIDDEN_OBJECT_FIELDS.has(`${typeName}.${fieldName}`),
    argumentFilter: (typeName, _fieldName, argName) => !(typeName === 'Query' && argName !== undefined && DRAFT_ARGUMENTS.has(argName)),
  })
  return pruneSchema(filtered)
}
