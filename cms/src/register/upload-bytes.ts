import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { typeOfFile } from '../security/file-signature'

const UPLOAD_SERVICE = 'plugin::upload.upload'

interface ArrivingFile { filepath?: string; originalFilename?: string | null; name?: string }
interface UploadService {
  upload(input: { data: unknown; files: ArrivingFile | ArrivingFile[] }, opts?: unknown): Promise<unknown>
  replace(id: unknown, input: { data: unknown; file: ArrivingFile }, opts?: unknown): Promise<unknown>
}
interface ServiceRegistry { extend(uid: string, extendFn: (service: UploadService) => UploadService): void }

async function requireKnownSignatures(files: ArrivingFile | ArrivingFile[] | undefined): Promise<void> {
  for (const file of [files ?? []].flat()) {
    if (file.filepath && (await typeOfFile(file.filepath))) continue
    throw new errors.ValidationError(`${file.originalFilename ?? file.name ?? 'The file'} is not a JPEG, PNG, WebP, GIF, AVIF or PDF file.`)
  }
}

/**
 * The byte signature check where bytes enter the media library: the upload service's `upload`
 * and `replace`, which every route that creates or replaces a file ends in (multipart uploads,
 * `upload-from-urls`, which fetches the bytes itself and so never passes the route check in
 * upload-rules.ts, and whatever route a later Strapi adds).
 */
export function checkSignaturesWhereBytesArrive(strapi: Core.Strapi): void {
  ;(strapi.get('services') as ServiceRegistry).extend(UPLOAD_SERVICE, (service) => {
    const upload = service.upload.bind(service)
    const replace = service.replace.bind(service)
    service.upload = async (input, opts) => { await requireKnownSignatures(input.files); return upload(input, opts) }
    service.replace = async (id, input, opts) => { await requireKnownSignatures(input.file); return replace(id, input, opts) }
    return service
  })
}
