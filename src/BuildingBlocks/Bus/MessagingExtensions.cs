using Hemit.BuildingBlocks.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

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
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddScoped<IOutbox, EfOutbox<TContext>>();
        builder.Services.AddHostedService<OutboxRelay<TContext>>();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
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
