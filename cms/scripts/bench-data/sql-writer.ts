// Writes published documents with batched SQL inserts: the rows Strapi's document service writes
// for `create`/`update` with `status: 'published'`, a hundred times faster. Table and column names
// come from Strapi's own metadata (strapi.db.metadata), the field types from the content types.
//
// For each document and locale, as the document service does:
// - a draft row (published_at NULL) and a published row, same document_id, same created_at and
//   updated_at, published_at a moment later; created_by/updated_by empty (no admin user);
//   attributes the data leaves out get the schema's default;
// - each row its own copy of its components (component rows plus the entity's `_cmps` join rows);
// - relations in the link tables from draft row to the target's draft row and from published row
//   to the target's published row, in the same locale when the target is localized; `*_ord`
//   columns numbered as Strapi numbers them (position in the list; inverse side: the target's
//   highest number + 1);
// - optionally the audit record this project's audit middleware (src/editorial/audit.ts) adds.
// Only what the bench data uses is supported: scalars, repeatable or single components of scalars,
// relations through link tables. Anything else is refused, not written differently.
import { createHash } from 'node:crypto'
import type { Core, UID } from '@strapi/strapi'
import { progress, type DocumentWriter, type NewDocument } from './writers.ts'

type Connection = Core.Strapi['db']['connection']
type Row = Record<string, unknown>

interface SchemaAttribute {
  type: string
  default?: unknown
  component?: string
  repeatable?: boolean
  target?: string
  mappedBy?: string
}
interface Schema {
  options?: { draftAndPublish?: boolean }
  pluginOptions?: { i18n?: { localized?: boolean } }
  attributes: Record<string, SchemaAttribute>
}
interface JoinTable {
  name: string
  joinColumn: { name: string }
  inverseJoinColumn: { name: string }
  orderColumnName?: string
  inverseOrderColumnName?: string
  on?: Record<string, string>
  pivotColumns: string[]
}
interface Meta {
  tableName: string
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>
}
interface Model {
  uid: string
  schema: Schema
  meta: Meta
  localized: boolean
  draftAndPublish: boolean
  column(attribute: string): string
}

const BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'])
const SCALAR_EXCLUDED = new Set(['relation', 'component', 'dynamiczone', 'media'])
/** Values per INSERT: SQLite's historic default limit (999), safe on every build and on PostgreSQL. */
const MAX_BOUND_VALUES = 999
/** Rows per INSERT: knex writes a multi-row insert on SQLite as a compound SELECT, limited to 500 terms. */
const MAX_ROWS = 500
/** Documents per transaction, and per progress line. */
const DOCUMENTS_PER_TRANSACTION = 200
/** The fields the audit middleware leaves out of "changed fields". */
const AUDIT_BOOKKEEPING = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'])

/**
 * A documentId in Strapi's format (cuid2: 24 lowercase letters and digits, starting with a
 * letter), derived from a stable key, so every run writes the same ids.
 */
export function documentIdFor(key: string): string {
  const digest = createHash('sha256').update(key).digest()
  const rest = BigInt(`0x${digest.toString('hex')}`).toString(36).padStart(23, '0').slice(-23)
  return String.fromCharCode(97 + (digest[0]! % 26)) + rest
}

export function sqlWriter(strapi: Core.Strapi, options: { audit?: UID.ContentType } = {}): DocumentWriter {
  const connection: Connection = strapi.db.connection
  const models = new Map<string, Model>()
  const modelOf = (uid: string): Model => {
    let model = models.get(uid)
    if (!model) {
      const schema = strapi.getModel(uid as UID.Schema) as unknown as Schema | undefined
      if (!schema) throw new Error(`Unknown model ${uid}`)
      const meta = strapi.db.metadata.get(uid) as unknown as Meta
      const column = (attribute: string) => {
        const name = meta.attributes[attribute]?.columnName
        if (!name) throw new Error(`${uid}.${attribute} has no column`)
        return name
      }
      model = { uid, schema, meta, localized: schema.pluginOptions?.i18n?.localized === true, draftAndPublish: schema.options?.draftAndPublish === true, column }
      models.set(uid, model)
    }
    return model
  }

  // Explicit ids, so one batch can link rows it has not inserted yet without asking for them back.
  const nextIds = new Map<string, number>()
  const explicitIdTables = new Set<string>()
  async function reserveIds(table: string) {
    if (nextIds.has(table)) return
    const [found] = (await connection(table).max({ max: 'id' })) as Array<{ max: number | null }>
    nextIds.set(table, Number(found?.max ?? 0) + 1)
    explicitIdTables.add(table)
  }
  const nextId = (table: string) => {
    const id = nextIds.get(table)
    if (id === undefined) throw new Error(`No ids reserved for ${table}`)
    nextIds.set(table, id + 1)
    return id
  }

  // Every row gets its own moment, a millisecond apart at least, as sequential writes would.
  let last = 0
  const clock = () => {
    last = Math.max(Date.now(), last + 1)
    return new Date(last)
  }

  function scalarColumns(model: Model, data: Record<string, unknown>, row: Row) {
    for (const [name, attribute] of Object.entries(model.schema.attributes)) {
      if (SCALAR_EXCLUDED.has(attribute.type) || !model.meta.attributes[name]?.columnName) continue
      // Bookkeeping (and an i18n locale) is set by the caller; a type's own attribute of that name (the audit's locale) is data.
      if (BOOKKEEPING.has(name) && !(name in data)) continue
      const value = data[name] === undefined ? attribute.default : data[name]
      row[model.column(name)] = value === undefined || value === null ? null : toColumn(attribute.type, value)
    }
    for (const name of Object.keys(data)) {
      if (!model.schema.attributes[name]) throw new Error(`${model.uid} has no attribute ${name}`)
    }
  }

  /** The rows of one version (draft and published, or the one row of a type without drafts), with components and links. */
  type Targets = (uid: string, documentId: string, locale: string, published: boolean) => number
  function versionRows(model: Model, documentId: string, locale: string, data: Record<string, unknown>, rows: RowSet, target: Targets, inverseOrder: InverseOrder) {
    const created = clock()
    const published = clock()
    const states = model.draftAndPublish ? [false, true] : [true]
    for (const isPublished of states) {
      const id = nextId(model.meta.tableName)
      const row: Row = { id, [model.column('documentId')]: documentId }
      if (model.localized) row[model.column('locale')] = locale
      scalarColumns(model, data, row)
      row[model.column('createdAt')] = created
      row[model.column('updatedAt')] = created
      row[model.column('publishedAt')] = isPublished ? published : null
      rows.add(model.meta.tableName, row)

      for (const [name, attribute] of Object.entries(model.schema.attributes)) {
        const value = data[name]
        if (value === undefined || value === null) continue
        if (attribute.type === 'component') componentRows(model, name, attribute, id, value, rows)
        else if (attribute.type === 'relation') relationRows(model, name, attribute, id, locale, isPublished, value, rows, target, inverseOrder)
        else if (attribute.type === 'media' || attribute.type === 'dynamiczone') throw new Error(`${model.uid}.${name}: ${attribute.type} is not supported by the SQL writer`)
      }
    }
  }

  function componentRows(model: Model, name: string, attribute: SchemaAttribute, entityId: number, value: unknown, rows: RowSet) {
    const joinTable = model.meta.attributes[name]?.joinTable
    if (!attribute.component || !joinTable) throw new Error(`${model.uid}.${name} has no component join table`)
    const component = modelOf(attribute.component)
    const items = attribute.repeatable ? (value as Array<Record<string, unknown>>) : [value as Record<string, unknown>]
    // The column that names the component type: the pivot column that is neither side nor a fixed value.
    const on = joinTable.on ?? {}
    const typeColumn = joinTable.pivotColumns.find((column) => column !== joinTable.joinColumn.name && column !== joinTable.inverseJoinColumn.name && !(column in on))
    if (!typeColumn || !joinTable.orderColumnName) throw new Error(`${model.uid}.${name}: unexpected component join table ${joinTable.name}`)
    items.forEach((item, index) => {
      for (const [field, fieldAttribute] of Object.entries(component.schema.attributes)) {
        if (SCALAR_EXCLUDED.has(fieldAttribute.type) && item[field] !== undefined) throw new Error(`${component.uid}.${field}: nested ${fieldAttribute.type} is not supported by the SQL writer`)
      }
      const cmpId = nextId(component.meta.tableName)
      const componentRow: Row = { id: cmpId }
      scalarColumns(component, item, componentRow)
      rows.add(component.meta.tableName, componentRow)
      rows.add(joinTable.name, {
        [joinTable.joinColumn.name]: entityId,
        [joinTable.inverseJoinColumn.name]: cmpId,
        ...on,
        [typeColumn]: attribute.component,
        [joinTable.orderColumnName!]: index + 1,
      })
    })
  }

  function relationRows(model: Model, name: string, attribute: SchemaAttribute, entityId: number, locale: string, isPublished: boolean, value: unknown, rows: RowSet, target: Targets, inverseOrder: InverseOrder) {
    const joinTable = model.meta.attributes[name]?.joinTable
    if (!attribute.target || !joinTable || attribute.mappedBy) throw new Error(`${model.uid}.${name}: only the owning side of a relation through a link table is supported by the SQL writer`)
    const documentIds = Array.isArray(value) ? (value as string[]) : [value as string]
    documentIds.forEach((documentId, index) => {
      const targetId = target(attribute.target!, documentId, locale, isPublished)
      const link: Row = { [joinTable.joinColumn.name]: entityId, [joinTable.inverseJoinColumn.name]: targetId }
      if (joinTable.orderColumnName) link[joinTable.orderColumnName] = index + 1
      if (joinTable.inverseOrderColumnName) link[joinTable.inverseOrderColumnName] = inverseOrder.next(joinTable, targetId)
      rows.add(joinTable.name, link)
    })
  }

  /** documentId + locale + status → row id of each relation target, read once per write. */
  async function targetIndex(model: Model, used: Set<string>): Promise<Targets> {
    const loaded = new Map<string, Map<string, number>>()
    for (const name of used) {
      const attribute = model.schema.attributes[name]
      if (attribute?.type !== 'relation' || !attribute.target) continue
      const targetModel = modelOf(attribute.target)
      if (loaded.has(targetModel.uid)) continue
      const columns = ['id', targetModel.column('documentId'), targetModel.column('publishedAt'), ...(targetModel.localized ? [targetModel.column('locale')] : [])]
      const index = new Map<string, number>()
      for (const row of (await connection(targetModel.meta.tableName).select(columns)) as Row[]) {
        const locale = targetModel.localized ? String(row[targetModel.column('locale')]) : ''
        const published = targetModel.draftAndPublish ? row[targetModel.column('publishedAt')] !== null : true
        index.set(`${String(row[targetModel.column('documentId')])}|${locale}|${published}`, Number(row.id))
      }
      loaded.set(targetModel.uid, index)
    }
    return (uid, documentId, locale, published) => {
      const targetModel = modelOf(uid)
      if (targetModel.localized && !model.localized) throw new Error(`${model.uid} → ${uid}: a relation from a non-localized to a localized type is not supported by the SQL writer`)
      const key = `${documentId}|${targetModel.localized ? locale : ''}|${targetModel.draftAndPublish ? published : true}`
      const id = loaded.get(uid)?.get(key)
      // The document service drops a relation whose target has no such version; the bench data never has one.
      if (id === undefined) throw new Error(`${model.uid} links to ${uid} ${documentId}, which has no ${published ? 'published' : 'draft'} version in ${locale}`)
      return id
    }
  }

  async function write(uid: UID.ContentType, documents: NewDocument[], label: string): Promise<string[]> {
    const model = modelOf(uid)
    const audit = options.audit ? modelOf(options.audit) : undefined
    const tables = [model.meta.tableName]
    for (const attribute of Object.values(model.schema.attributes)) if (attribute.type === 'component') tables.push(modelOf(attribute.component!).meta.tableName)
    for (const table of tables) await reserveIds(table)
    if (audit) await reserveIds(audit.meta.tableName)
    // Only the relations the data sets: their targets' rows and their links' inverse numbering.
    const used = new Set(documents.flatMap((document) => document.versions.flatMap((version) => Object.keys(version.data))))
    const target = await targetIndex(model, used)
    const inverseOrder = await InverseOrder.read(connection, model, used)

    const documentIds = documents.map((document) => documentIdFor(`${uid}:${document.key}`))
    for (let from = 0; from < documents.length; from += DOCUMENTS_PER_TRANSACTION) {
      const rows = new RowSet()
      documents.slice(from, from + DOCUMENTS_PER_TRANSACTION).forEach((document, offset) => {
        const documentId = documentIds[from + offset]!
        document.versions.forEach((version, index) => {
          if (!model.localized && index > 0) throw new Error(`${uid} is not localized: one version only`)
          versionRows(model, documentId, version.locale, version.data, rows, target, inverseOrder)
          if (audit) {
            // What the audit middleware records: "create" for the first locale, "update" for each one added.
            const data = version.data
            const at = clock()
            const record = {
              action: index === 0 ? 'create' : 'update',
              contentType: uid,
              entryDocumentId: documentId,
              entryTitle: String(data.title ?? data.name ?? documentId).slice(0, 250),
              locale: model.localized ? version.locale : null,
              changedFields: Object.keys(data).filter((field) => !AUDIT_BOOKKEEPING.has(field) && (data[field] ?? null) !== null).sort(),
              userEmail: 'system',
              at,
            }
            const row: Row = { id: nextId(audit.meta.tableName), [audit.column('documentId')]: documentIdFor(`${options.audit}:${uid}:${documentId}:${version.locale}`) }
            scalarColumns(audit, record, row)
            row[audit.column('createdAt')] = at
            row[audit.column('updatedAt')] = at
            row[audit.column('publishedAt')] = at
            rows.add(audit.meta.tableName, row)
          }
        })
      })
      await connection.transaction(async (trx) => {
        for (const [table, tableRows] of rows.tables()) await insertAll(trx, table, tableRows)
      })
      progress(label, Math.min(documents.length, from + DOCUMENTS_PER_TRANSACTION), documents.length)
    }
    await resetSequences()
    return documentIds
  }

  /** PostgreSQL's id sequences do not move for explicit ids: move them past the rows written. */
  async function resetSequences() {
    if (strapi.db.dialect.client !== 'postgres') return
    for (const table of explicitIdTables) {
      await connection.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [table, table])
    }
  }

  return { write }
}

function toColumn(type: string, value: unknown): unknown {
  switch (type) {
    case 'json':
      return JSON.stringify(value)
    case 'datetime':
    case 'timestamp':
      return value instanceof Date ? value : new Date(String(value))
    case 'boolean':
      return Boolean(value)
    case 'integer':
    case 'biginteger':
    case 'float':
    case 'decimal':
      return Number(value)
    default:
      return typeof value === 'string' ? value : String(value)
  }
}

/** The rows of one transaction, by table, in the order the tables were first written (entities before what links to them). */
class RowSet {
  private readonly byTable = new Map<string, Row[]>()
  add(table: string, row: Row) {
    const rows = this.byTable.get(table)
    if (rows) rows.push(row)
    else this.byTable.set(table, [row])
  }

  tables() {
    return this.byTable.entries()
  }
}

/** The next `*_ord` number on the inverse side of each link: the target's highest so far + 1, as Strapi numbers them. */
class InverseOrder {
  private readonly highest: Map<string, Map<number, number>>
  private constructor(highest: Map<string, Map<number, number>>) {
    this.highest = highest
  }

  static async read(connection: Connection, model: Model, used: Set<string>): Promise<InverseOrder> {
    const highest = new Map<string, Map<number, number>>()
    for (const name of used) {
      const joinTable = model.meta.attributes[name]?.joinTable
      if (model.schema.attributes[name]?.type !== 'relation' || !joinTable?.inverseOrderColumnName) continue
      const byTarget = new Map<number, number>()
      const rows = (await connection(joinTable.name)
        .select({ target: joinTable.inverseJoinColumn.name })
        .max({ max: joinTable.inverseOrderColumnName })
        .groupBy(joinTable.inverseJoinColumn.name)) as Array<{ target: number; max: number | null }>
      for (const row of rows) byTarget.set(Number(row.target), Number(row.max ?? 0))
      highest.set(joinTable.name, byTarget)
    }
    return new InverseOrder(highest)
  }

  next(joinTable: JoinTable, targetId: number): number {
    const byTarget = this.highest.get(joinTable.name)
    if (!byTarget) throw new Error(`No inverse order read for ${joinTable.name}`)
    const value = (byTarget.get(targetId) ?? 0) + 1
    byTarget.set(targetId, value)
    return value
  }
}

async function insertAll(trx: Connection, table: string, rows: Row[]) {
  const columns = Object.keys(rows[0] ?? {}).length || 1
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_BOUND_VALUES / columns)))
  for (let from = 0; from < rows.length; from += perStatement) await trx(table).insert(rows.slice(from, from + perStatement))
}
