# The site in a container: built for its public address, then build/ served by nginx on port 8080.
#   docker build --build-arg SITE_ORIGIN=https://figures.example.org -t crt-dashboard .
#   docker run --rm -p 8080:8080 crt-dashboard
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# Without it the build stops and says so: the address is written into every page and download.
ARG SITE_ORIGIN
RUN SITE_ORIGIN="$SITE_ORIGIN" npm run build

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/build /usr/share/nginx/html
EXPOSE 8080
