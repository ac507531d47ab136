using Hemit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every Hemit service gets in one call, in the shape of Aspire's ServiceDefaults template:
/// OpenTelemetry, health checks, service discovery, resilient HTTP and gRPC clients, gRPC plumbing.
/// </summary>
public static class Extensions
{
    private const string HealthEndpointPath = "/health";
    private const string AlivenessEndpointPath = "/alive";
    private const string LiveTag = "live";

    /// <summary>Activity sources and meters of the platform's own code (outbox relay, migrations, imports).</summary>
    public const string PlatformTelemetryName = "Hemit.Platform";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.AddServiceAuthentication();

        var ingestSection = builder.Configuration.GetSection(IngestLimitOptions.Section);
        builder.Services.Configure<IngestLimitOptions>(ingestSection);
        builder.Services.AddSingleton<IngestLimitInterceptor>();
        builder.Services.AddGrpc(options =>
        {
            options.EnableDetailedErrors = builder.Environment.IsDevelopment();
            options.MaxReceiveMessageSize = (ingestSection.Get<IngestLimitOptions>() ?? new IngestLimitOptions()).MaxMessageBytes;
            options.Interceptors.Add<IngestLimitInterceptor>();
            options.Interceptors.Add<DatabaseUnavailableInterceptor>();
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();

        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Every SQL statement at Information would bury what matters (the outbox relay polls every second).
        builder.Logging.AddFilter("Npgsql.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", PlatformTelemetryName))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, PlatformTelemetryName, "MassTransit")
                .AddAspNetCoreInstrumentation(aspNetCore =>
                    // Probes would drown the traces people look for.
                    aspNetCore.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                        && !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health"))
                // gRPC client calls travel over HttpClient, so this traces them too.
                .AddHttpClientInstrumentation());
        // PostgreSQL spans and metrics come from Aspire's AddNpgsqlDbContext.

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// A gRPC service every service that registers it answers (e.g. the ops service of shared messaging), mapped by
    /// <see cref="MapDefaultEndpoints"/> so no service's Program has to remember it.
    /// </summary>
    public static IServiceCollection AddDefaultGrpcService<TService>(this IServiceCollection services) where TService : class
    {
        services.AddSingleton(new DefaultGrpcService(endpoints => endpoints.MapGrpcService<TService>()));
        return services;
    }

    /// <summary>
    /// Maps <c>/health</c> (every check: database, broker) and <c>/alive</c> (the process answers),
    /// the gRPC health service fed by the same checks, and every <see cref="AddDefaultGrpcService{TService}"/>; in
    /// Development also gRPC server reflection. Health and reflection are the only entry points open without a token.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        foreach (var service in app.Services.GetServices<DefaultGrpcService>())
        {
            service.Map(app);
        }

        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
        }).AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcReflectionService().AllowAnonymous();
        }
        return app;
    }
}

/// <summary>How <see cref="Extensions.MapDefaultEndpoints"/> maps one shared gRPC service.</summary>
public sealed record DefaultGrpcService(Action<IEndpointRouteBuilder> Map);
