using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kgen.Tests.Sandbox;

/// <summary>
/// kgen-approve-kubelet-serving, which a control-plane node installs, approves a kubelet serving certificate request
/// only for the requesting node's own name and address, with real openssl reading real requests.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class ServingCertificateApproverTests
{
    [Fact]
    public void Only_a_nodes_request_for_its_own_names_is_approved()
    {
        using var box = new NodeSandbox();
        box.SetState("api", "down");
        var (exit, output) = box.Run(box.UserData("control-plane-us-east-1a"), "ip-10-0-1-10.ec2.internal", "10.0.1.10", "us-east-1a");
        Assert.True(exit == 0, output);
        Assert.Contains("OnUnitActiveSec=1min", File.ReadAllText(Path.Combine(box.Root, "etc", "systemd", "system", "kgen-approve-kubelet-serving.timer")), StringComparison.Ordinal);

        const string Node = "ip-10-0-3-30.ec2.internal";
        var requests = new (string Name, string Requester, string State, string Subject, string[] Dns, string[] Ips)[]
        {
            ("csr-own", "system:node:" + Node, string.Empty, Node, [Node, "ip-10-0-3-30"], ["10.0.3.30"]),
            ("csr-other-ip", "system:node:" + Node, string.Empty, Node, [Node], ["10.0.1.10"]),
            ("csr-other-name", "system:node:" + Node, string.Empty, Node, ["ip-10-0-1-10.ec2.internal"], ["10.0.3.30"]),
            ("csr-another-node", "system:node:ip-10-0-3-31.ec2.internal", string.Empty, Node, [Node], ["10.0.3.30"]),
            ("csr-not-a-node", "system:serviceaccount:default:builder", string.Empty, Node, [Node], ["10.0.3.30"]),
            ("csr-done", "system:node:" + Node, "Approved", Node, [Node], ["10.0.3.30"]),
        };
        box.SetState("csrs", string.Join('\n', requests.Select(r => $"{r.Name} {r.Requester} {r.State}")) + "\n");
        foreach (var r in requests)
        {
            box.SetState("csr-" + r.Name, Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(Request(r.Subject, r.Dns, r.Ips))));
        }

        var before = box.Calls.Count;
        var run = box.RunFile(Path.Combine(box.Root, "usr", "local", "sbin", "kgen-approve-kubelet-serving"), new Dictionary<string, string>
        {
            ["PATH"] = $"{box.Root}/usr/bin:/usr/bin:/bin",
        });

        Assert.True(run.Exit == 0, run.Output);
        var approved = box.Calls.Skip(before).Where(c => c.StartsWith("kubectl certificate approve", StringComparison.Ordinal)).ToList();
        Assert.True(approved.SequenceEqual(["kubectl certificate approve csr-own"]), string.Join('\n', approved) + "\n" + run.Output);
        Assert.Contains("csr-other-ip stays pending: IPAddress:10.0.1.10 is not ip-10-0-3-30.ec2.internal's", run.Output, StringComparison.Ordinal);
        Assert.Contains("csr-other-name stays pending: DNS:ip-10-0-1-10.ec2.internal is not", run.Output, StringComparison.Ordinal);
        Assert.Contains("csr-another-node stays pending: subject CN=system:node:ip-10-0-3-30.ec2.internal,O=system:nodes is not CN=system:node:ip-10-0-3-31.ec2.internal", run.Output, StringComparison.Ordinal);
        Assert.Contains("csr-not-a-node stays pending: requester system:serviceaccount:default:builder is not a node", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("csr-done", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A PEM certificate request as a kubelet makes it: O=system:nodes, CN=system:node:NAME, the names as SANs.</summary>
    private static string Request(string node, string[] dns, string[] ips)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        // Encoded O first, then CN, as Go's crypto/x509 (the kubelet) encodes them; .NET's builder encodes in reverse order of addition.
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName("system:node:" + node);
        subject.AddOrganizationName("system:nodes");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var d in dns)
        {
            names.AddDnsName(d);
        }

        foreach (var ip in ips)
        {
            names.AddIpAddress(IPAddress.Parse(ip));
        }

        request.CertificateExtensions.Add(names.Build());
        return request.CreateSigningRequestPem();
    }
}
