# phuong-print as a container: the culture office's studio (`studio`), its data on /data.
#   docker build -t phuong-print .
#   docker run -p 8080:8080 -e PHUONG_PRINT_ADMIN_PASSWORD=… -v phuong-print-data:/data phuong-print
# (or `docker compose up`, see compose.yaml). The image runs the npm package exactly as a user
# installs it (npm pack → npm install --omit=dev), which test/cli/pack.test.ts also runs, with
# this file's CMD and ENV, where Docker itself is not available.

# Build: the dev dependencies (TypeScript, esbuild) compile and bundle dist/ and `npm pack` makes
# the package; then the package is installed as a user installs it, production dependencies only.
# Native modules (better-sqlite3 when no prebuilt binary fits) compile here, where Debian's
# compilers are.
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
# No install scripts here: `prepack` below builds dist/ once, and nothing native is needed.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN mkdir /pkg && npm pack --pack-destination /pkg
WORKDIR /app
RUN echo '{ "name": "phuong-print-server", "private": true }' > package.json \
  && npm install --omit=dev --no-audit --no-fund /pkg/phuong-print-*.tgz \
  && npm cache clean --force

# Runtime: the installed package on the slim image of the same Debian, as the unprivileged
# "node" user; no compilers, no dev dependencies, no sources.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# Fewer glibc malloc arenas for the render threads: a serve streaming a 3,000-group ward.zip
# peaked ~70 MB lower with 2 (bench/results.md "## ward.zip"); glibc reads it only at start.
ENV MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data
# The fonts come with the package (node_modules/phuong-print/fonts): every PDF embeds them, so
# the image needs no system fonts.
USER node
# The studio's store (users, sessions: phuong-print.sqlite) and its campaigns/ live here.
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# PHUONG_PRINT_ADMIN_PASSWORD must be given on the first start (an empty /data): it becomes the
# password of user "admin"; without it the studio stops with one Vietnamese line saying so.
# PHUONG_PRINT_DATABASE_URL=postgres://… keeps users and sessions in PostgreSQL instead.
CMD ["node_modules/.bin/phuong-print", "studio", "--data", "/data", "--host", "0.0.0.0", "--port", "8080"]
