using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;

namespace Hemit.Identity.Pages;

/// <summary>The identity service's pages: plain server-rendered HTML in Norwegian bokmål, every value encoded.</summary>
public static class HtmlPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}" +
        "label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}" +
        "button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}.feil{color:#a4000f;font-weight:600}";

    // Every script as it is (æ, ø, å stay readable in the page source); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A whole page; <paramref name="body"/> is HTML already encoded where it holds values.</summary>
    public static IResult Render(string title, string body, int statusCode = StatusCodes.Status200OK) => new PageResult(
        $"<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
        $"<title>{Encode(title)} – Hemit</title><style>{Style}</style></head><body><h1>{Encode(title)}</h1>{body}</body></html>",
        statusCode);

    /// <summary>The antiforgery field every form carries (the matching cookie is set on the response).</summary>
    public static string AntiforgeryField(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    public static string Error(string? message) => message is null ? "" : $"<p class=\"feil\" role=\"alert\">{Encode(message)}</p>";

    /// <summary>
    /// The page, never framed by another site (a login form in a hidden frame is how clickjacking steals a click) and
    /// never cached (it carries an antiforgery token). No form-action rule: browsers apply it to the redirects after a
    /// post too, and the login post ends at the application's redirect URI on another origin.
    /// </summary>
    private sealed class PageResult(string html, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
            headers.CacheControl = "no-store";
            return Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode).ExecuteAsync(httpContext);
        }
    }
}
