using System.CommandLine;
using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.OpenApi;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Cli;

/// <summary>
/// `openapi [--out FILE]`: the OpenAPI description the web serves at /openapi/v1.json, through the app's own pipeline
/// (no server, no database), with <c>Ppid:PublicBaseUrl</c> as its server address: for client generators, and for
/// test.sh, which lints it.
/// </summary>
internal static class OpenApiCommand
{
    public static Command Create(IServiceProvider services, Func<RequestDelegate> pipeline, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var cmd = new Command("openapi", "The OpenAPI description of the HTTP API (JSON).") { output };
        cmd.SetAction(async (pr, ct) =>
        {
            var origin = new Uri(services.GetRequiredService<IOptions<PpidOptions>>().Value.PublicBaseUrl);
            await using var scope = services.CreateAsyncScope();
            var answer = await InProcessPage.GetAsync(scope.ServiceProvider, pipeline(), ApiDescription.DocumentUrl, ct, origin);
            if (answer.Status != StatusCodes.Status200OK)
            {
                await stderr.WriteLineAsync($"error: {ApiDescription.DocumentUrl} answered {answer.Status}");
                return 1;
            }

            if (pr.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, answer.Body, ct);
                await stdout.WriteLineAsync($"OpenAPI description written to {file.FullName}.");
            }
            else
            {
                await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(answer.Body));
            }

            return 0;
        });
        return cmd;
    }
}
