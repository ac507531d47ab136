using Hemit.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting;

public static class RabbitMQBuilderExtensions
{
    /// <summary>
    /// A RabbitMQ broker. When <c>ConnectionStrings:&lt;name&gt;</c> is configured (an amqp:// URI) that broker is used
    /// and nothing is started.
    /// </summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        var supplied = builder.Configuration.GetConnectionString(name);
        return builder.AddResource(new RabbitMQServerResource(name, string.IsNullOrWhiteSpace(supplied) ? null : supplied));
    }
}
