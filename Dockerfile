# syntax=docker/dockerfile:1
# One image for every Bazaar service: `docker run -e SERVICE=orders bazaar:0.1.0` runs
# `bazaar serve orders`. Kubernetes and compose files come from `bazaar render` (deploy/).

# The storefront: built with its dev dependencies (Vite, React), of which only the result is kept.
FROM node:24-bookworm-slim AS storefront
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY services ./services
COPY web ./web
RUN npm ci --ignore-scripts --no-audit --no-fund && npm run build

# Production dependencies only, resolved from the lockfile.
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY services ./services
COPY web/storefront/package.json ./web/storefront/package.json
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# The runtime: Node runs the TypeScript sources directly (type stripping), so there is no build.
FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    TOPOLOGY_FILE=/app/topology.yaml \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
# npm, corepack and yarn are build tools: the runtime does not need them, attackers might.
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack /opt/yarn-* \
    /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg
COPY --from=dependencies --chown=root:root /app /app
COPY --from=storefront --chown=root:root /app/web/storefront/dist ./web/storefront/dist
COPY --chown=root:root topology.yaml ./
# The image's `node` user (uid 1000); the files stay root's, so the process cannot change its code.
USER 1000:1000
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec replaces the shell: node is PID 1 and gets SIGTERM itself, so the service stops gracefully.
CMD ["/bin/sh", "-c", "exec bazaar serve \"$SERVICE\""]
