# syntax=docker/dockerfile:1
# Build: docker build -t loginwatch .
# Run:   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/loginwatch \
#          -e SPRING_DATASOURCE_USERNAME=loginwatch -e SPRING_DATASOURCE_PASSWORD=... \
#          -e LOGINWATCH_API_KEYS=ingest:...,analyst:...,admin:... loginwatch

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY db db
RUN ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
 && java -Djarmode=tools -jar target/loginwatch-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S loginwatch && adduser -S -G loginwatch loginwatch
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER loginwatch
EXPOSE 8080
# Embedded PostgreSQL is for the quick start only: containers are expected to point at a real server.
ENV LOGINWATCH_EMBEDDED_DB_ENABLED=false JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
