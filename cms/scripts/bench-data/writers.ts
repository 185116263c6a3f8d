// The two ways the bench generator writes its published documents: Strapi's document service
// (one document at a time, as an editor would; slow) and batched SQL (the same rows, fast).
import type { Core, UID } from '@strapi/strapi'

/** One locale of a document: the data an editor would send to the document service. */
export interface Version {
  locale: string
  data: Record<string, unknown>
}

/** A published document. `key` is stable between runs (the slug); the first version is the one it is created in. */
export interface NewDocument {
  key: string
  versions: Version[]
}

export interface DocumentWriter {
  /** Writes the documents published and returns their documentIds, in order. */
  write(uid: UID.ContentType, documents: NewDocument[], label: string): Promise<string[]>
}

/** Prints `label: done/total` in place, as the generator always has. */
export function progress(label: string, done: number, total: number) {
  process.stdout.write(`\r  ${label}: ${done}/${total}`)
  if (done === total && total > 0) process.stdout.write('\n')
}

/**
 * Through the document service: creates each document in its first locale and adds the others as
 * updates, all published. The reference the SQL writer is checked against.
 */
export function documentServiceWriter(strapi: Core.Strapi): DocumentWriter {
  return {
    async write(uid, documents, label) {
      const service = strapi.documents(uid) as unknown as {
        create(params: object): Promise<{ documentId: string }>
        update(params: object): Promise<unknown>
      }
      const ids: string[] = []
      const batch = 100
      for (let from = 0; from < documents.length; from += batch) {
        // One transaction per batch: SQLite commits once instead of once per statement.
        await strapi.db.transaction(async () => {
          for (const document of documents.slice(from, from + batch)) {
            const [first, ...others] = document.versions
            if (!first) throw new Error(`${uid} ${document.key} has no version`)
            const created = await service.create({ locale: first.locale, status: 'published', data: first.data })
            for (const version of others) {
              await service.update({ documentId: created.documentId, locale: version.locale, status: 'published', data: version.data })
            }
            ids.push(created.documentId)
          }
        })
        progress(label, Math.min(documents.length, from + batch), documents.length)
      }
      return ids
    },
  }
}
