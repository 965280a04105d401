# The service in a container: built with the .NET SDK (and Node, for the GraphQL IDE's npm package), run on
# the ASP.NET Core runtime with ffmpeg, as the image's non-root user, databases and media on the /data volume.
#   docker build -t videoplatform .
#   docker run -p 8080:8080 -v videoplatform-data:/data videoplatform
# Several instances on PostgreSQL: compose.yaml. Writes need tokens or API keys (docs/access.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# ffmpeg for the media pipeline, curl for the health check.
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__Root=/data \
    ConnectionStrings__Courses="Data Source=/data/courses.db" \
    ConnectionStrings__Videos="Data Source=/data/videos.db"
RUN mkdir -p /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "VideoPlatform.Api.dll"]
