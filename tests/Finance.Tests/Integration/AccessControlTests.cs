using Grpc.Core;
using Grpc.Health.V1;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Ledger;
using Hemit.Security;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hemit.Finance.Tests.Integration;

/// <summary>
/// Every finance method needs a bearer token with the scope it declares (ServiceDefaults): no token or a token not
/// issued for finance is UNAUTHENTICATED, a token without the scope PERMISSION_DENIED, and a refused write writes
/// nothing. The same plumbing serves every service; the full-stack test walks every method of every service.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class AccessControlTests(PlatformServers servers)
{
    private static readonly GetIncomeStatementRequest October2021 = new() { Period = Period.Of(2021, 10) };

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated_and_says_a_bearer_token_is_needed()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        using var channel = finance.CreateChannel(bearerToken: null);

        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await new FinanceService.FinanceServiceClient(channel).GetIncomeStatementAsync(October2021));

        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
        Assert.Contains("hemit.finance.v1.FinanceService/GetIncomeStatement needs a bearer token", refusal.Status.Detail);
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("wrong signing key")]
    [InlineData("expired")]
    public async Task A_token_not_valid_for_finance_is_unauthenticated(string flaw)
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var token = flaw switch
        {
            "wrong audience" => TestTokens.Issue([Scopes.FinanceRead], audience: "hrmetrics"),
            "wrong signing key" => Forged([Scopes.FinanceRead], new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)), DateTime.UtcNow.AddHours(1)),
            _ => Forged([Scopes.FinanceRead], TestTokens.SigningKey, DateTime.UtcNow.AddMinutes(-10)),
        };
        using var channel = finance.CreateChannel(token);

        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await new FinanceService.FinanceServiceClient(channel).GetIncomeStatementAsync(October2021));

        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
        Assert.Contains("refused the bearer token", refusal.Status.Detail);
    }

    [Fact]
    public async Task Another_services_scope_is_permission_denied_naming_the_scope_the_method_needs()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        using var channel = finance.CreateChannel(TestTokens.Issue([Scopes.HrRead, Scopes.HrWrite], audience: TestTokens.Audience));

        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await new FinanceService.FinanceServiceClient(channel).GetIncomeStatementAsync(October2021));

        Assert.Equal(StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Contains("needs scope 'finance.read'", refusal.Status.Detail);
    }

    [Fact]
    public async Task A_reader_reads_but_its_push_is_denied_and_writes_nothing()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        using var channel = finance.CreateChannel(TestTokens.Issue([Scopes.FinanceRead], caller: "board-portal"));
        var client = new FinanceService.FinanceServiceClient(channel);

        var statement = await client.GetIncomeStatementAsync(October2021);
        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(client.ImportLedgerLines(),
        [
            new LedgerLine { Period = Period.Of(2021, 10), Line = "salaries_permanent", Scenario = Scenario.Actual, Amount = Money.FromDecimal(21_382_000m) },
        ]));

        Assert.Equal(Period.Of(2021, 10), statement.Period);
        Assert.Equal(StatusCode.PermissionDenied, refusal.StatusCode);
        Assert.Contains("needs scope 'finance.write'", refusal.Status.Detail);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        using var channel = finance.CreateChannel(bearerToken: null);

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());

        // Not serving: these tests point finance at a broker that never answers. What matters is that it answered.
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, health.Status);
    }

    [Fact]
    public async Task Every_finance_method_declares_a_known_scope()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var endpoints = finance.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>().SelectMany(source => source.Endpoints);

        Assert.Contains(endpoints, e => e.DisplayName?.Contains("ImportLedgerLines") == true);
        Assert.Empty(DeclaredScopesCheck.UndeclaredMethods(endpoints));
    }

    [Fact]
    public async Task A_service_with_a_method_that_declares_no_scope_refuses_to_start_naming_the_method()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.AddServiceDefaults();
        await using var app = builder.Build();
        app.MapGrpcService<FinanceWithOneUndeclaredMethod>();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("hemit.finance.v1.FinanceService/ImportLedgerLines", failure.Message);
        Assert.DoesNotContain("hemit.finance.v1.FinanceService/GetIncomeStatement", failure.Message);
    }

    private static string Forged(IEnumerable<string> scopes, SecurityKey key, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = TestTokens.Audience,
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object> { ["sub"] = "forger", ["scope"] = string.Join(' ', scopes) },
        });

    /// <summary>Declares a scope on one method only: the others stay as the generated base left them.</summary>
    private sealed class FinanceWithOneUndeclaredMethod : FinanceService.FinanceServiceBase
    {
        [RequiresScope(Scopes.FinanceRead)]
        public override Task<GetIncomeStatementResponse> GetIncomeStatement(GetIncomeStatementRequest request, ServerCallContext context) =>
            Task.FromResult(new GetIncomeStatementResponse());
    }
}

/// <summary>Finance's audit trail: each write with who, what, which keys and how it ended; append-only in the database.</summary>
[Collection(ServersCollection.Name)]
public sealed class AuditTrailTests(PlatformServers servers)
{
    [Fact]
    public async Task Writes_are_audited_with_caller_keys_and_outcome_and_the_trail_refuses_change()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        using var sap = finance.CreateChannel(TestTokens.Issue([Scopes.FinanceWrite, Scopes.FinanceRead], caller: "sap-integration"));
        var client = new FinanceService.FinanceServiceClient(sap);
        var line = new LedgerLine { Period = Period.Of(2021, 10), Line = "salaries_permanent", Scenario = Scenario.Actual, Amount = Money.FromDecimal(21_382_000m) };

        await FinanceHost.PushAsync(client.ImportLedgerLines(), [line, new LedgerLine(line) { Line = "financial_income", Amount = Money.FromDecimal(-125_000m) }]);
        await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(client.ImportLedgerLines(), [new LedgerLine(line) { Line = "no_such_line" }]));
        await client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(2021, 10) });
        await client.ClosePeriodAsync(new Contracts.Common.V1.ClosePeriodRequest { Period = Period.Of(2021, 10) });

        var trail = await new Contracts.Ops.V1.OpsService.OpsServiceClient(finance.Channel).ListAuditEntriesAsync(
            new Contracts.Ops.V1.ListAuditEntriesRequest { Since = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.UtcNow.AddHours(-1)) });

        // Newest first; the read of the income statement is not a write and not HR data, so it is not in the trail.
        Assert.Equal(
            [
                ("sap-integration", "hemit.finance.v1.FinanceService/ClosePeriod", "period=2021-10", "OK"),
                ("sap-integration", "hemit.finance.v1.FinanceService/ImportLedgerLines", "records=1", "INVALID_ARGUMENT"),
                ("sap-integration", "hemit.finance.v1.FinanceService/ImportLedgerLines", "records=2", "OK"),
            ],
            trail.Entries.Select(e => (e.Caller, e.Method, e.Keys, e.Outcome)).ToArray());
        var refusal = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            finance.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log")));
        Assert.Contains("audit_log is append-only: DELETE refused", refusal.MessageText);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            finance.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET caller = 'someone else'")));
    }
}

/// <summary>A push longer than a service takes, or a message larger, is refused before anything of it is written.</summary>
[Collection(ServersCollection.Name)]
public sealed class IngestBoundsTests(PlatformServers servers)
{
    private static LedgerLine Line(int month) =>
        new() { Period = Period.Of(2021, month), Line = "salaries_permanent", Scenario = Scenario.Actual, Amount = Money.FromDecimal(21_000_000m + month) };

    [Fact]
    public async Task A_push_of_more_records_than_the_limit_is_refused_naming_the_limit_and_writes_nothing()
    {
        using var finance = new ServiceUnderTest<Grpc.FinanceGrpcService, Data.FinanceDbContext>(
            new Dictionary<string, string> { ["financedb"] = await servers.CreateDatabaseAsync("finance"), ["messaging"] = UnreachableBroker.Address },
            services => services.Configure<IngestLimitOptions>(limits => limits.MaxRecordsPerStream = 3));
        var client = new FinanceService.FinanceServiceClient(finance.Channel);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(client.ImportLedgerLines(), [Line(1), Line(2), Line(3), Line(4)]));
        var accepted = await FinanceHost.PushAsync(client.ImportLedgerLines(), [Line(1), Line(2), Line(3)]);

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Contains("A push holds at most 3 records", refusal.Status.Detail);
        Assert.Equal(3, accepted.Accepted);
        Assert.Equal(3, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));

        // Sent in batches the limit counts lines, not messages: two messages of five lines are refused the same way.
        var batched = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(client.ImportLedgerLineBatches(),
            [new LedgerLineBatch { Lines = { Line(5), Line(6) } }, new LedgerLineBatch { Lines = { Line(7), Line(8), Line(9) } }]));
        var batchedWithin = await FinanceHost.PushAsync(client.ImportLedgerLineBatches(),
            [new LedgerLineBatch { Lines = { Line(5), Line(6) } }, new LedgerLineBatch { Lines = { Line(7) } }]);

        Assert.Equal(StatusCode.InvalidArgument, batched.StatusCode);
        Assert.Contains("A push holds at most 3 records", batched.Status.Detail);
        Assert.Equal(3, batchedWithin.Accepted);
        Assert.Equal(6, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
    }

    [Fact]
    public async Task A_message_over_four_mebibytes_is_refused_as_resource_exhausted_and_writes_nothing()
    {
        using var finance = await FinanceHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportLedgerLines(),
            [new LedgerLine(Line(1)) { Line = new string('x', 5 * 1024 * 1024) }]));

        Assert.Equal(StatusCode.ResourceExhausted, refusal.StatusCode);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
    }
}
