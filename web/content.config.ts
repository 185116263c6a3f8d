import { defineCollection, defineContentConfig } from '@nuxt/content'
import { z } from 'zod'

export default defineContentConfig({
  collections: {
    /** Static pages written by the team: content/<locale>/<slug>.md */
    pages: defineCollection({
      type: 'page',
      source: '**/*.md',
      schema: z.object({
        title: z.string().min(1),
        description: z.string().min(1),
        updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      }),
    }),
  },
})
