using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.Inbox;
using Hemit.BuildingBlocks.Operations;
using Hemit.BuildingBlocks.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hemit.BuildingBlocks.Bus;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:messaging</c>, the transactional outbox on
    /// <typeparamref name="TContext"/> and its relay. Queues are named after the service, so each service
    /// gets its own copy of every event it subscribes to.
    /// </summary>
    public static TBuilder AddMessaging<TBuilder, TContext>(
        this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString) || !Uri.TryCreate(connectionString, UriKind.Absolute, out var brokerUri))
        {
            throw new InvalidOperationException(
                $"No usable connection string '{ConnectionName}': set ConnectionStrings__{ConnectionName} to an amqp:// URI " +
                "(the AppHost does this), e.g. amqp://guest:guest@127.0.0.1:5672/.");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddSingleton<OutboxRowsInterceptor>();
        builder.Services.ConfigureDbContext<TContext>((services, options) => options.AddInterceptors(
            services.GetRequiredService<OutboxRowsInterceptor>(), services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddScoped<IOutbox, EfOutbox<TContext>>();
        builder.Services.AddSingleton<InboxTransactions<TContext>>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();

        builder.Services.Configure<MessagingOptions>(builder.Configuration.GetSection(MessagingOptions.Section));
        builder.Services.AddHostedService<MessageRetention<TContext>>();

        var receiveQueues = new ReceiveQueues();
        builder.Services.AddSingleton(receiveQueues);
        builder.Services.AddSingleton(new MessagingIdentity(serviceName));
        builder.Services.AddSingleton(new ErrorQueues(brokerUri, serviceName));
        builder.Services.AddDefaultGrpcService<OpsGrpcService<TContext>>();

        // The audit trail lives beside the outbox in the service's own database (AuditModel), written around each call.
        builder.Services.TryAddSingleton<MultiplexedSources>();
        builder.Services.AddSingleton<AuditTrailWriter<TContext>>();
        builder.Services.AddSingleton<AuditInterceptor<TContext>>();
        builder.Services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(grpc => grpc.Interceptors.Add<AuditInterceptor<TContext>>());

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // Every consumer retries a failing message at the configured pauses; the inbox makes each attempt safe to
            // repeat. When they are spent the message is parked and comes back after longer pauses (DelayedRedelivery),
            // and after the last of those MassTransit moves it to <queue>_error, where `hemit ops failed` shows it.
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                receiveQueues.Add(name);
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                // Outside the retries: only what they could not handle is parked.
                endpoint.UseFilter(new DelayedRedelivery(name, options.RedeliveryDelays,
                    context.GetRequiredService<ILoggerFactory>().CreateLogger<DelayedRedelivery>()));
                endpoint.UseMessageRetry(retry => retry.Intervals(options.RetryIntervals));
                // Messages in hand at once: what InboxTransactions can commit together.
                endpoint.ConcurrentMessageLimit = options.ConcurrentMessages;
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.PrefetchCount = options.ConcurrentMessages;
                }
            });
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                rabbit.ConfigureEndpoints(context);
            });
        });

        return builder;
    }
}
