import type { Core } from '@strapi/strapi'
import { INITIATIVE_STATUSES, initiativeStatus } from '@sparks/shared'
import type { GraphQLSchema } from 'graphql'
import { PRIVATE_TYPES } from '../content-types'
import { batchComponentFields } from '../graphql/batched-components'
import { batchRelationFields } from '../graphql/batched-relations'
import { initiativeCountryCounts } from '../graphql/initiative-country-counts'
import { readOnlySchema } from '../graphql/read-only-schema'

interface InitiativeDates {
  startDate?: string | null
  endDate?: string | null
}

/**
 * Shapes the public GraphQL schema: read-only, without private or account types, and with an
 * initiative's status derived from its dates so every consumer computes it the same way.
 */
export function shapeGraphqlSchema(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension')

  for (const uid of PRIVATE_TYPES) extension.shadowCRUD(uid).disable()

  const contentApi = strapi.plugin('graphql').service('content-api')
  const buildSchema = contentApi.buildSchema.bind(contentApi) as () => GraphQLSchema
  contentApi.buildSchema = () => batchRelationFields(strapi, batchComponentFields(strapi, readOnlySchema(buildSchema())))

  extension.use(({ nexus }: { nexus: typeof import('nexus') }) => ({
    types: [
      nexus.enumType({
        name: 'InitiativeProjectStatus',
        description: 'Follows from the start and end dates: planned before the start, completed after the end.',
        members: [...INITIATIVE_STATUSES],
      }),
      nexus.extendType({
        type: 'Initiative',
        definition(t) {
          t.nonNull.field('projectStatus', {
            type: 'InitiativeProjectStatus',
            resolve: (initiative: InitiativeDates) =>
              initiativeStatus(initiative.startDate, initiative.endDate, new Date().toISOString().slice(0, 10)),
          })
        },
      }),
      ...initiativeCountryCounts(strapi, nexus),
    ],
    resolversConfig: {
      'Initiative.projectStatus': { auth: false },
      // Counting initiatives needs the same permission as listing them.
      'Query.initiativeCountryCounts': { auth: { scope: ['api::initiative.initiative.find'] } },
    },
  }))
}
