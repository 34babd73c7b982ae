# syntax=docker/dockerfile:1
# The portal: built with Maven in the first stage, run on the official Payara Micro image.
# Build from the repository root:  docker build -f docker/portal.Dockerfile -t tori/portal .
ARG PAYARA_VERSION=6.2025.10

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# dependencies first: a source edit does not download them again
COPY pom.xml .
RUN mvn -B -q -Dmdep.skip=true dependency:resolve
COPY src src
COPY webapp webapp
COPY search-config search-config
COPY mail-templates mail-templates
# -Dmdep.skip: the Payara Micro jar that `bin/tori` copies next to the WAR is the base image here
RUN mvn -B -q -DskipTests -Dmdep.skip=true package

FROM payara/micro:${PAYARA_VERSION}-jdk17
COPY --from=build --chown=payara:payara /build/target/tori.war /opt/payara/deployments/tori.war
# 8080 HTTP, 6900 Hazelcast (sessions and the cluster of portal instances)
EXPOSE 8080 6900
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/health/ready || exit 1
# the image's entrypoint runs `java … -jar payara-micro.jar` with these arguments; the compose file
# adds the cluster (--clustermode, --clustername); JVM options go in JVM_ARGS / MEM_MAX_RAM_PERCENTAGE
CMD ["--deploy", "/opt/payara/deployments/tori.war", "--contextroot", "/", "--rootdir", "/opt/payara/runtime"]
