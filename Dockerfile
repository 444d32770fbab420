# One image for all six services: the SERVICE build arg picks which one a container runs.
#   docker build --build-arg SERVICE=intake -t zc-intake .
# Built without SERVICE it still runs one-off tools, e.g. `node tools/infra/databases.js`
# (the `migrate` service of docker-compose.yml).
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so that editing the source does not reinstall them. The lockfile pins the
# versions the tests ran with; `npm install`, not `npm ci`, since it lists the native optional
# packages (@swc/core-*) of one platform only and an arm64 host needs its own. .npmrc keeps
# ignore-scripts=true, so no install script downloads anything. devDependencies (jest, nx,
# eslint) are not needed to run; @swc/core compiles the sources below, and @swc-node/register with
# its peer typescript runs the one-off tools (provision-kafka.ts).
COPY package.json package-lock.json .npmrc ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .

# The Prisma clients are generated, gitignored sources: generate them into the image (this step
# needs no database; creating databases and migrating is done at run time by `migrate`).
ENV CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
RUN node -e "require('./tools/infra/databases.js').generateClients().catch((e) => { console.error(e.message); process.exit(1); })"
# Compiled to JavaScript once here (the clients included), so a container starts without
# transforming TypeScript: a service loads in ~1.3 s instead of ~1.9 s of CPU, which counts when
# ops scale out at a deadline peak. Stack traces still name the .ts lines (--enable-source-maps).
RUN node tools/build/services.js --out dist/services/image

# Last, so that the layers above are shared by the images of all six services.
ARG SERVICE
ENV SERVICE=${SERVICE}
# A misspelt SERVICE fails here, not as a crash loop at run time.
RUN if [ -n "$SERVICE" ] && [ ! -f "dist/services/image/apps/$SERVICE/src/main.js" ]; then echo "no such service: $SERVICE" >&2; exit 1; fi

# Every service listens on 3000 in a container (HTTP_PORT still overrides it).
ENV HTTP_PORT=3000
EXPOSE 3000

# Writable data for the node user (intake's evidence store is mounted here in docker-compose.yml).
RUN mkdir -p /data/evidence && chown -R node:node /data

USER node

HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.HTTP_PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# Shell form so that ${SERVICE} expands; `exec` makes node replace the shell, so SIGTERM from
# `docker stop` reaches it and Nest's shutdown hooks drain the consumer and the outbox relay.
CMD exec node --enable-source-maps "dist/services/image/apps/${SERVICE}/src/main.js"
