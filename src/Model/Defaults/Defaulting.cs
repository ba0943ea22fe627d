using Kgen.Model.Input;

namespace Kgen.Model.Defaults;

/// <summary>
/// What the defaulting steps share: the problems found while reading values (a malformed CIDR, an unknown
/// name), and which values could not be read, so that rules across fields leave them alone.
/// </summary>
internal sealed class Defaulting
{
    private readonly List<Diagnostic> _errors = [];
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Errors => _errors;

    /// <summary>Paths of the Cluster document whose value could not be read (and was defaulted instead).</summary>
    public IReadOnlySet<string> Unreadable => _unreadable;

    /// <summary>Reports a problem.</summary>
    public void Error(ISourceLocator at, string code, string path, string message) => _errors.Add(at.Error(code, path, message));

    /// <summary>Reports a problem found earlier (e.g. by a reader).</summary>
    public void Add(Diagnostic problem) => _errors.Add(problem);

    /// <summary>Reports a problem and goes on with <paramref name="fallback"/>.</summary>
    public T Fail<T>(ISourceLocator at, string code, string path, string message, T fallback)
    {
        Error(at, code, path, message);
        return fallback;
    }

    /// <summary>An IPv4 CIDR, or null (reported, and marked unreadable) when it is not one.</summary>
    public Cidr? Cidr(ISourceLocator at, string path, string text)
    {
        if (Model.Cidr.TryParse(text, out var cidr, out var error))
        {
            return cidr;
        }

        Error(at, DiagnosticCodes.CidrInvalid, path, error);
        _unreadable.Add(path);
        return null;
    }

    /// <summary>One of an enum's names, spelled exactly (no numbers); else reported, and <paramref name="fallback"/>.</summary>
    public T Enum<T>(ISourceLocator at, string path, string? text, T fallback)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        Error(at, DiagnosticCodes.NotOneOf, path, $"\"{text}\" is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
        return fallback;
    }
}
