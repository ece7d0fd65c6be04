// Starts Scalar's API reference on /api/docs. A file, not an inline script: the site's CSP allows scripts from
// 'self' only. Everything Scalar would fetch from its CDN or services is switched off, so the page works offline.
(function () {
  'use strict';
  window.Scalar.createApiReference('#app', {
    url: document.documentElement.dataset.openapi,
    withDefaultFonts: false,
    telemetry: false,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    documentDownloadType: 'json',
    persistAuth: false,
    authentication: { preferredSecurityScheme: 'bearer' },
  });
})();
