namespace Hemit.Hosting.ApplicationModel;

/// <summary>Something the application host starts, watches and stops: a server, a database, a project.</summary>
public interface IResource
{
    string Name { get; }

    /// <summary>"Project", "PostgresServer", "PostgresDatabase", "RabbitMQServer": what the dashboard shows as the type.</summary>
    string ResourceType { get; }
}
