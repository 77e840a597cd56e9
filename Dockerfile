# Koers: API + web app in one image. Used by docker-compose.yml; expects DATABASE_URL (no embedded PostgreSQL).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/package.json
COPY libs/domain/package.json libs/domain/package.json
COPY libs/testing/package.json libs/testing/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p contracts domain api web --outputStyle=static \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs ./libs
COPY --from=build /app/dist ./dist
COPY --from=build /app/content ./content
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]
