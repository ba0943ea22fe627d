using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Kgen.Generator.Documents;

/// <summary>
/// A function templates call (e.g. <c>tf.str x</c>) that goes straight to C#: unlike a delegate
/// imported into a <see cref="ScriptObject"/>, making one costs no reflection and calling it no
/// reflection (<c>MethodInfo.Invoke</c>). A wrong argument count or type
/// is reported at the caller's line.
/// </summary>
internal sealed class TemplateFunction : IScriptCustomFunction
{
    private readonly string name;
    private readonly string[] parameters;
    private readonly Func<object?[], string> body;

    private TemplateFunction(string name, string[] parameters, Func<object?[], string> body)
    {
        this.name = name;
        this.parameters = parameters;
        this.body = body;
    }

    public int RequiredParameterCount => parameters.Length;

    public int ParameterCount => parameters.Length;

    // Direct: the arguments arrive as evaluated, without a conversion pass per call.
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public static TemplateFunction Of(string name, string parameter, Func<object?, string> body) =>
        new(name, [parameter], args => body(args[0]));

    public static TemplateFunction Of(string name, string first, string second, Func<object?, object?, string> body) =>
        new(name, [first, second], args => body(args[0], args[1]));

    /// <summary>The argument as <typeparamref name="T"/>, or a template error naming the function and what it was given.</summary>
    public static T Arg<T>(object? value, string function, string parameter) => value is T t
        ? t
        : throw new ArgumentException($"{function}: {parameter} must be a {typeof(T).Name}, not {(value is null ? "null" : value.GetType().Name)}");

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameters[index]);

    public int GetParameterIndexByName(string name) => Array.IndexOf(parameters, name);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var span = callerContext?.Span ?? default;
        if (arguments.Count != parameters.Length)
        {
            throw new ScriptRuntimeException(span, $"{name} takes {parameters.Length} argument(s) ({string.Join(", ", parameters)}), not {arguments.Count}");
        }

        var args = new object?[arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = arguments[i];
        }

        try
        {
            return body(args);
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
