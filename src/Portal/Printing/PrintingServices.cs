namespace Hemit.Portal.Printing;

public static class PrintingServices
{
    /// <summary>The report printer and where it keeps printed PDFs; its options from the configuration section Portal.</summary>
    public static IServiceCollection AddReportPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrintOptions>().Bind(configuration.GetSection("Portal"))
            .Validate(o => o.ConcurrentPrints >= 1, "Portal:ConcurrentPrints must be at least 1: with none, no PDF could ever be printed.")
            .ValidateOnStart();
        // A board paper is half a MiB; HybridCache's default ceiling (1 MiB) would leave a long report unkept.
        services.AddHybridCache(options => options.MaximumPayloadBytes = 32 * 1024 * 1024);
        services.AddSingleton<ReportPrinter>();
        return services;
    }
}
