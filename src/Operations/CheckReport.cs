using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kgen.Operations;

/// <summary>The outcome of one check.</summary>
public enum CheckOutcome
{
    /// <summary>What was found is what the cluster needs.</summary>
    Pass,

    /// <summary>What was found stops the cluster from being built or from working.</summary>
    Fail,

    /// <summary>kgen could not check this (the reason is in <see cref="CheckResult.Found"/>); never counted as a pass.</summary>
    NotChecked,
}

/// <summary>One row of a report: what was checked, the outcome, what was found and what to do about it.</summary>
/// <param name="Check">What was checked, e.g. <c>zone us-east-1a</c> or <c>nodes of group nodes-a</c>.</param>
/// <param name="Outcome">Pass, fail or not checked.</param>
/// <param name="Found">What kgen found (or why it could not check).</param>
/// <param name="ToDo">What to do when it did not pass; empty when it passed.</param>
/// <param name="Code">The <c>KGnnnn</c> code of the kind of problem (<c>Kgen.Model.DiagnosticCodes</c>); null when it passed.</param>
public sealed record CheckResult(string Check, CheckOutcome Outcome, string Found, string ToDo = "", string? Code = null)
{
    internal static CheckResult Passed(string check, string found) => new(check, CheckOutcome.Pass, found);

    internal static CheckResult Failed(string check, string code, string found, string toDo) => new(check, CheckOutcome.Fail, found, toDo, code);

    internal static CheckResult Unchecked(string check, string code, string why, string toDo) => new(check, CheckOutcome.NotChecked, "not checked: " + why, toDo, code);
}

/// <summary>The rows of a preflight or a validation, in the order the checks ran.</summary>
/// <param name="Subject">What was checked (a cluster name).</param>
/// <param name="Results">The rows.</param>
public sealed record CheckReport(string Subject, IReadOnlyList<CheckResult> Results)
{
    private const int MaxColumnWidth = 60;

    private static readonly string[] Header = ["CHECK", "RESULT", "FOUND", "TO DO"];

    /// <summary>True when no row failed (rows that were not checked do not fail the report, but are listed).</summary>
    public bool Passed => Results.All(r => r.Outcome != CheckOutcome.Fail);

    /// <summary>The rows that failed.</summary>
    public IEnumerable<CheckResult> Failures => Results.Where(r => r.Outcome == CheckOutcome.Fail);

    /// <summary>
    /// The report as a plain-text table with the columns CHECK, RESULT, FOUND and TO DO, and a last line that
    /// counts the rows (the CLI's default output).
    /// </summary>
    public string ToTable()
    {
        var rows = new List<string[]> { Header };
        rows.AddRange(Results.Select(r => new[] { r.Check, Word(r.Outcome), r.Found, r.ToDo }));
        // A very long cell overflows its column rather than widening every row.
        var widths = Enumerable.Range(0, 3).Select(i => Math.Min(rows.Max(r => r[i].Length), MaxColumnWidth)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var line = string.Join("  ", row.Take(3).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + row[3];
            text.Append(line.TrimEnd()).Append('\n');
        }

        text.Append(Summary()).Append('\n');
        return text.ToString();
    }

    /// <summary>One line: how many rows passed, failed and were not checked.</summary>
    public string Summary()
    {
        var failed = Results.Count(r => r.Outcome == CheckOutcome.Fail);
        var passed = Results.Count(r => r.Outcome == CheckOutcome.Pass);
        var notChecked = Results.Count(r => r.Outcome == CheckOutcome.NotChecked);
        var counts = string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed, {notChecked} not checked");
        return failed == 0 ? $"{Subject}: {counts}: ok" : $"{Subject}: {counts}: FAILED";
    }

    /// <summary>The report as JSON for pipelines: <c>{"subject", "passed", "results": [{"check", "result", "found", "toDo", "code"}]}</c>.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("subject", Subject);
            json.WriteBoolean("passed", Passed);
            json.WriteStartArray("results");
            foreach (var r in Results)
            {
                json.WriteStartObject();
                json.WriteString("check", r.Check);
                json.WriteString("result", Word(r.Outcome));
                json.WriteString("found", r.Found);
                json.WriteString("toDo", r.ToDo);
                if (r.Code is { } code)
                {
                    json.WriteString("code", code);
                }
                else
                {
                    json.WriteNull("code");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The word for an outcome in the table and in JSON: pass, FAIL (fail in JSON), not checked.</summary>
    internal static string Word(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Pass => "pass",
        CheckOutcome.Fail => "fail",
        _ => "not checked",
    };
}

/// <summary>A check could not run at all: AWS or the Kubernetes API could not be reached, refused, or kept failing after retries. The message says what to do.</summary>
public sealed class OperationsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OperationsException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public OperationsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="inner">The cause.</param>
    public OperationsException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
