import type { Core } from '@strapi/strapi'
import { ensureFirstAdmin } from './bootstrap/first-admin'
import { ensureLocales } from './bootstrap/locales'
import { syncPublicPermissions } from './bootstrap/public-permissions'
import { ensureSiteWebhook } from './bootstrap/site-webhook'
import { membershipDecisions } from './editorial/approval'
import { auditMediaDeletions, auditTrail } from './editorial/audit'
import { contributorGuard } from './editorial/contributor-guard'
import { privateWrites } from './editorial/private-writes'
import { registerContributorConditions } from './editorial/contributors'
import { restoreDeleted } from './editorial/restore'
import { reviewWorkflow } from './editorial/review'
import { ensureEditorialRoles } from './editorial/roles'
import { revokeSessionsOfDisabledAdmins } from './bootstrap/revoke-sessions'
import { seedDemoContent } from './seed/seed-demo-content'
import { shapeGraphqlSchema } from './register/graphql-schema'
import { publishedOnlyForContentApi } from './register/published-only'
import { publishedRelationsForContentApi } from './register/published-relations'
import { withoutContentApiAccountRoutes, withoutContentApiUploadRoutes } from './register/media-library-routes'
import { serveSchemaFile } from './register/schema-file-route'
import { limitFailedSignIns } from './register/admin-auth-limit'
import { restrictUploads } from './register/upload-rules'
import { checkSignaturesWhereBytesArrive } from './register/upload-bytes'
import { uploadFromUrlsForSuperAdminOnly } from './register/upload-from-urls'
import { confineMediaLibraryToOwnFiles } from './register/media-library-ownership'
import { rootFolderOnlyForContributors } from './register/contributor-folders'
import { confineMediaLibraryReads } from './register/confined-media-reads'
import { guardWebhookTargets } from './register/webhook-guard'
import { safeLinksOnly } from './security/link-schemes'
import { documentIdentityFromRoute } from './security/document-identity'
import { knownTimeZonesOnly } from './security/time-zones'
import { refuseRelationPickersWith403 } from './register/relation-picker-refusal'
import { guardAdminControllers } from './register/admin-controller-guards'
import { scopeAdminCounts } from './register/admin-counts'
import { confineContributorQueries } from './register/contributor-queries'
import { restrictApiTokens, retireDefaultTokens } from './register/api-token-rules'
import { guardTokenRevocation } from './register/api-token-revocation'
import { platformSettingsForSuperAdminOnly, quietAdminMeta } from './register/super-admin-settings'
import { partnersReadWhatVisitorsRead } from './register/partner-public-reads'
import { localeFallback } from './i18n/locale-fallback'

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(documentIdentityFromRoute())
    strapi.documents.use(publishedOnlyForContentApi(strapi))
    // Inside the published-only rule: it sees `status: 'published'` already set.
    strapi.documents.use(localeFallback(strapi))
    // Outermost first: confine contributors, keep what admins may not write to private types out,
    // then act on decisions, then mail reviews, then audit what happened.
    strapi.documents.use(contributorGuard(strapi))
    strapi.documents.use(privateWrites(strapi))
    strapi.documents.use(safeLinksOnly(strapi))
    strapi.documents.use(knownTimeZonesOnly())
    strapi.documents.use(membershipDecisions(strapi))
    strapi.documents.use(restoreDeleted(strapi))
    strapi.documents.use(reviewWorkflow(strapi))
    strapi.documents.use(auditTrail(strapi))
    shapeGraphqlSchema(strapi)
    serveSchemaFile(strapi)
    limitFailedSignIns(strapi)
    restrictUploads(strapi)
    checkSignaturesWhereBytesArrive(strapi)
    uploadFromUrlsForSuperAdminOnly(strapi)
    confineMediaLibraryToOwnFiles(strapi)
    rootFolderOnlyForContributors(strapi)
    confineMediaLibraryReads(strapi)
    withoutContentApiUploadRoutes(strapi)
    withoutContentApiAccountRoutes(strapi)
    guardWebhookTargets(strapi)
    restrictApiTokens(strapi)
    guardTokenRevocation(strapi)
    refuseRelationPickersWith403(strapi)
    guardAdminControllers(strapi)
    platformSettingsForSuperAdminOnly(strapi)
    quietAdminMeta(strapi)
    partnersReadWhatVisitorsRead(strapi)
    scopeAdminCounts(strapi)
    confineContributorQueries(strapi)
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    revokeSessionsOfDisabledAdmins(strapi)
    auditMediaDeletions(strapi)
    publishedRelationsForContentApi(strapi)
    await ensureLocales(strapi)
    await syncPublicPermissions(strapi)
    await registerContributorConditions(strapi)
    await ensureEditorialRoles(strapi)
    await ensureFirstAdmin(strapi)
    await retireDefaultTokens(strapi)
    await ensureSiteWebhook(strapi)
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi)
  },
}
