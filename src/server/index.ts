// capgap/server: the HTTP app (no listen), the OpenAPI document and startServer (docs/server.md).
// Re-exports only this room; import it as `capgap/server` to load nothing else.
export { type AppOptions, createApp } from './app.ts';
export { openApiDocument } from './openapi.ts';
export { type RunningServer, type ServeOptions, startServer } from './serve.ts';
