# syntax=docker/dockerfile:1
# Elasticsearch with Tori's analysis plugin (Finnish, Swedish and English analysers), built from
# search-config/analysis-plugin. Build from the repository root:
#   docker build -f docker/search.Dockerfile -t tori/search .
ARG ES_VERSION=9.2.0

FROM maven:3.9-eclipse-temurin-21 AS plugin
WORKDIR /build
COPY search-config/analysis-plugin search-config/analysis-plugin
# the plugin's pom writes its zip to target/analysis-plugin/ at the repository root
RUN mvn -B -q -f search-config/analysis-plugin/pom.xml package

FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}
COPY --from=plugin /build/target/analysis-plugin/tori-analysis.zip /tmp/tori-analysis.zip
# the CLI's default heap runs out while it scans the plugin for named components
RUN CLI_JAVA_OPTS="-Xmx1g" bin/elasticsearch-plugin install --batch file:///tmp/tori-analysis.zip \
 && rm /tmp/tori-analysis.zip
EXPOSE 9200 9300
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD curl -fsS "http://127.0.0.1:9200/_cluster/health?wait_for_status=yellow&timeout=3s" >/dev/null || exit 1
