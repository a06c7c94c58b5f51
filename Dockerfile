# Build: docker build -t migrant-helpdesk .
# Run:   docker run -e TELEGRAM_BOT_TOKEN=... -v helpdesk-data:/data migrant-helpdesk
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml mvnw ./
COPY .mvn .mvn
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin helpdesk \
    && mkdir -p /data && chown helpdesk /data
WORKDIR /app
COPY --from=build /src/target/migrant-helpdesk.jar /app/migrant-helpdesk.jar
COPY faq /app/faq
ENV HELPDESK_DATA_DIR=/data \
    HELPDESK_FAQ_DIR=/app/faq \
    HELPDESK_HTTP_PORT=8080 \
    HELPDESK_HTTP_HOST=127.0.0.1
VOLUME /data
USER helpdesk
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s CMD java -jar /app/migrant-helpdesk.jar health || exit 1
# Serial GC, a small heap and C1 only (a helpdesk never needs C2 throughput), and a class-data archive in the
# volume that the first clean stop writes and later starts load: start-up ~1.2 s instead of ~2.5 s, ~170 MB
# resident after a burst (README, "Benchmarks"; the same options as the README's run command and bench startup).
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive", \
    "-XX:SharedArchiveFile=/data/helpdesk.jsa", "-jar", "/app/migrant-helpdesk.jar"]
CMD ["run"]
