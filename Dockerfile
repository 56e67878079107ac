# Build and start with the same commands as the README: dotnet publish, then the published Api.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Api -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY data/lexicons ./data/lexicons
COPY data/articles ./data/articles
# The database lives on a volume owned by the image's non-root "app" user.
RUN mkdir -p /var/lib/newsfacts && chown app:app /var/lib/newsfacts
ENV ConnectionStrings__NewsFacts="Data Source=/var/lib/newsfacts/newsfacts.db"
VOLUME /var/lib/newsfacts
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "NewsFacts.Api.dll", "--urls", "http://+:8080"]
