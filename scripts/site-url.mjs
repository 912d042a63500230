// The absolute address the site is built for: canonical links, Open Graph, OpenSearch and the
// sitemap need one. Set SITE_URL when building for a real host. The browser tests expect the
// same value, whichever port they serve the build on.
export const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
