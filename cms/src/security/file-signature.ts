import { open } from 'node:fs/promises'

/**
 * The formats the media library accepts, recognised by their first bytes. Strapi's own check
 * falls back to the file name when the content matches no known binary format, which lets an HTML
 * or SVG file through as `picture.png`; here the bytes must be one of these formats.
 */
const SIGNATURES: Array<{ type: string; matches: (head: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xFF, 0xD8, 0xFF])) },
  { type: 'image/png', matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) },
  { type: 'image/gif', matches: (head) => /^GIF8[79]a/.test(head.subarray(0, 6).toString('latin1')) },
  { type: 'image/webp', matches: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/avif', matches: (head) => head.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(head.subarray(8, 12).toString('latin1')) },
  { type: 'application/pdf', matches: (head) => head.subarray(0, 5).toString('latin1') === '%PDF-' },
]

export function typeFromSignature(head: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(head))?.type
}

export async function typeOfFile(filepath: string): Promise<string | undefined> {
  const file = await open(filepath, 'r')
  try {
    const head = Buffer.alloc(16)
    const { bytesRead } = await file.read(head, 0, 16, 0)
    return typeFromSignature(head.subarray(0, bytesRead))
  } finally {
    await file.close()
  }
}
