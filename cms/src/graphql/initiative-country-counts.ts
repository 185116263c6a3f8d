import type { Core, Struct, UID } from '@strapi/strapi'

const INITIATIVE: UID.ContentType = 'api::initiative.initiative'

interface CountArgs {
  locale?: string | null
  filters?: Record<string, unknown> | null
}

/**
 * `initiativeCountryCounts(locale, filters)`: how many published initiatives work in each
 * country, for the directory's map. One list query over every matching initiative (with its
 * countries loaded in one more), counted here; the answer is a few dozen rows whatever the
 * number of initiatives. It replaces asking for every initiative with its countries, which the
 * API caps at 100 entries per request and so undercounted a large directory.
 * The filters are checked and sanitised as for `initiatives`, with the caller's permissions.
 */
export function initiativeCountryCounts(strapi: Core.Strapi, nexus: typeof import('nexus')) {
  return [
    nexus.objectType({
      name: 'InitiativeCountryCount',
      description: 'How many published initiatives (matching the filters) work in one country.',
      definition(t) {
        t.nonNull.field('code', { type: 'ENUM_COMPONENTTAXONOMYCOUNTRY_CODE' })
        t.nonNull.int('count')
      },
    }),
    nexus.extendType({
      type: 'Query',
      definition(t) {
        t.nonNull.list.nonNull.field('initiativeCountryCounts', {
          type: 'InitiativeCountryCount',
          description: 'Published initiatives per country, for the same filters as `initiatives`; most first, then by code.',
          args: {
            locale: nexus.arg({ type: 'I18NLocaleCode' }),
            filters: nexus.arg({ type: 'InitiativeFiltersInput' }),
          },
          async resolve(_parent: unknown, args: CountArgs, context: { state?: { auth?: unknown } }) {
            const auth = context.state?.auth as never
            const contentType = strapi.contentType(INITIATIVE) as Struct.ContentTypeSchema
            const { transformArgs } = strapi.plugin('graphql').service('builders').utils as { transformArgs(args: object, options: object): Record<string, unknown> }
            const query = transformArgs({ filters: args.filters ?? {} }, { contentType })
            await strapi.contentAPI.validate.query(query, contentType as never, { auth })
            const { filters } = await strapi.contentAPI.sanitize.query(query, contentType as never, { auth }) as { filters?: object }
            const initiatives = await strapi.documents(INITIATIVE).findMany({
              ...(args.locale ? { locale: args.locale } : {}),
              status: 'published',
              filters: filters as never,
              fields: ['id'] as never,
              populate: { countries: { fields: ['code'] } } as never,
            }) as unknown as Array<{ countries?: Array<{ code: string }> }>
            const tally = new Map<string, number>()
            for (const initiative of initiatives) {
              for (const code of new Set((initiative.countries ?? []).map((country) => country.code))) tally.set(code, (tally.get(code) ?? 0) + 1)
            }
            return [...tally].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
          },
        })
      },
    }),
  ]
}
