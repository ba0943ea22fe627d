using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kgen.Cli;

/// <summary>What kgen writes for one cluster: a cluster, a user and a context, all named after the cluster.</summary>
/// <param name="Name">The cluster name (the cluster, user and context names).</param>
/// <param name="Server">The API URL.</param>
/// <param name="TlsServerName">The name to verify the API certificate against, when the server host is not in it.</param>
/// <param name="CertificateAuthorityPem">The cluster CA certificate.</param>
/// <param name="ClientCertificatePem">The client certificate.</param>
/// <param name="ClientKeyPem">The client certificate's private key.</param>
internal sealed record KubeconfigEntry(string Name, string Server, string? TlsServerName, string CertificateAuthorityPem, string ClientCertificatePem, string ClientKeyPem)
{
    /// <summary>The CA as base64 already (EKS gives it so); when set it wins over <see cref="CertificateAuthorityPem"/>.</summary>
    public string? CertificateAuthorityData { get; init; }

    /// <summary>A credential plugin to run instead of a client certificate (EKS: <c>aws eks get-token</c>).</summary>
    public ExecCredential? Exec { get; init; }
}

/// <summary>A kubeconfig <c>exec</c> credential plugin.</summary>
/// <param name="Command">The program.</param>
/// <param name="Args">Its arguments.</param>
internal sealed record ExecCredential(string Command, IReadOnlyList<string> Args);

/// <summary>Merges an entry into a kubeconfig file, keeping every other cluster, user, context and setting.</summary>
internal static class Kubeconfig
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The kubeconfig <paramref name="existing"/> (null or empty for none) with <paramref name="entry"/>'s
    /// cluster, user and context added or replaced, and the context made current. A context's namespace is kept.
    /// </summary>
    public static string Merge(string? existing, string path, KubeconfigEntry entry)
    {
        var root = Parse(existing, path);
        SetIfMissing(root, "apiVersion", "v1");
        SetIfMissing(root, "kind", "Config");

        var cluster = new YamlMappingNode
        {
            { "certificate-authority-data", entry.CertificateAuthorityData ?? Base64(entry.CertificateAuthorityPem) },
            { "server", entry.Server },
        };
        if (entry.TlsServerName is { } tlsServerName)
        {
            cluster.Add("tls-server-name", tlsServerName);
        }

        Named(root, path, "clusters", entry.Name).Children[new YamlScalarNode("cluster")] = cluster;
        Named(root, path, "users", entry.Name).Children[new YamlScalarNode("user")] = entry.Exec is { } exec
            ? new YamlMappingNode
            {
                {
                    "exec", new YamlMappingNode
                    {
                        { "apiVersion", "client.authentication.k8s.io/v1beta1" },
                        { "args", new YamlSequenceNode(exec.Args.Select(a => new YamlScalarNode(a))) },
                        { "command", exec.Command },
                        { "interactiveMode", "Never" },
                        { "provideClusterInfo", "false" },
                    }
                },
            }
            : new YamlMappingNode
            {
                { "client-certificate-data", Base64(entry.ClientCertificatePem) },
                { "client-key-data", Base64(entry.ClientKeyPem) },
            };

        var context = Named(root, path, "contexts", entry.Name);
        if (!context.Children.TryGetValue(new YamlScalarNode("context"), out var contextNode) || contextNode is not YamlMappingNode contextMap)
        {
            contextMap = [];
            context.Children[new YamlScalarNode("context")] = contextMap;
        }

        contextMap.Children[new YamlScalarNode("cluster")] = new YamlScalarNode(entry.Name);
        contextMap.Children[new YamlScalarNode("user")] = new YamlScalarNode(entry.Name);
        root.Children[new YamlScalarNode("current-context")] = new YamlScalarNode(entry.Name);

        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();

        // YamlDotNet ends the document with "..."; a kubeconfig does not need the marker.
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }

    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> atomically (a temporary file renamed over it),
    /// readable by the owner only (0600), creating the folder (0700) when needed.
    /// </summary>
    public static void Write(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.kgen-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(Utf8.GetBytes(content));
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static YamlMappingNode Parse(string? existing, string path)
    {
        if (string.IsNullOrWhiteSpace(existing))
        {
            return [];
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(existing));
        }
        catch (YamlException e)
        {
            throw new UsageException(
                $"--kubeconfig {path}: not readable as a kubeconfig (line {e.Start.Line}: {(e.InnerException ?? e).Message}); " +
                "fix it, or write to another file with --kubeconfig PATH");
        }

        return stream.Documents.Count switch
        {
            0 => [],
            1 when stream.Documents[0].RootNode is YamlMappingNode map => map,
            1 when stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } => [],
            _ => throw new UsageException($"--kubeconfig {path}: not a kubeconfig (expected one YAML map with clusters, users and contexts); fix it, or write to another file with --kubeconfig PATH"),
        };
    }

    /// <summary>The item of the list <paramref name="list"/> whose <c>name</c> is <paramref name="name"/>, added when missing.</summary>
    private static YamlMappingNode Named(YamlMappingNode root, string path, string list, string name)
    {
        var key = new YamlScalarNode(list);
        if (!root.Children.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            node = new YamlSequenceNode();
            root.Children[key] = node;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw new UsageException($"--kubeconfig {path}: {list} is not a list; fix it, or write to another file with --kubeconfig PATH");
        }

        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            if (item.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode s && s.Value == name)
            {
                return item;
            }
        }

        var added = new YamlMappingNode { { "name", name } };
        sequence.Add(added);
        return added;
    }

    private static void SetIfMissing(YamlMappingNode root, string key, string value)
    {
        if (!root.Children.ContainsKey(new YamlScalarNode(key)))
        {
            root.Children[new YamlScalarNode(key)] = new YamlScalarNode(value);
        }
    }

    private static string Base64(string pem) => Convert.ToBase64String(Utf8.GetBytes(pem));
}
