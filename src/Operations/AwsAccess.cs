using Amazon;
using Amazon.EC2;
using Amazon.KeyManagementService;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.S3;
using Amazon.SimpleSystemsManagement;

namespace Kgen.Operations;

/// <summary>
/// The AWS clients of a preflight, read-only, made the way the state store makes its S3 client: the region of the
/// cluster, credentials from <c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>(/<c>AWS_SESSION_TOKEN</c>), else
/// <c>AWS_PROFILE</c>, else the SDK's chain; <c>AWS_ENDPOINT_URL_EC2</c>, <c>_SSM</c>, <c>_KMS</c>, <c>_S3</c> (or
/// <c>AWS_ENDPOINT_URL</c>) point a service at another endpoint. The SDK retries throttling and server errors
/// (standard mode, <see cref="PreflightOptions.MaxErrorRetry"/> retries); a call that still fails becomes an
/// <see cref="OperationsException"/> naming the service, the operation and the error.
/// </summary>
internal sealed class AwsAccess : IDisposable
{
    private readonly Func<string, string?> environment;
    private readonly string region;
    private readonly int maxErrorRetry;
    private readonly AWSCredentials credentials;
    private readonly Lazy<AmazonEC2Client> ec2;
    private readonly Lazy<AmazonSimpleSystemsManagementClient> ssm;
    private readonly Lazy<AmazonKeyManagementServiceClient> kms;
    private readonly Lazy<AmazonS3Client> s3;

    public AwsAccess(string region, Func<string, string?> environment, int maxErrorRetry)
    {
        this.environment = environment;
        this.region = region;
        this.maxErrorRetry = maxErrorRetry;
        credentials = ResolveCredentials(environment);
        ec2 = new(() => new AmazonEC2Client(credentials, Configure(new AmazonEC2Config(), "EC2")));
        ssm = new(() => new AmazonSimpleSystemsManagementClient(credentials, Configure(new AmazonSimpleSystemsManagementConfig(), "SSM")));
        kms = new(() => new AmazonKeyManagementServiceClient(credentials, Configure(new AmazonKeyManagementServiceConfig(), "KMS")));
        s3 = new(() =>
        {
            var config = Configure(new AmazonS3Config(), "S3");
            config.ForcePathStyle = config.ServiceURL is not null;
            return new AmazonS3Client(credentials, config);
        });
    }

    public string Region => region;

    public AmazonEC2Client Ec2 => ec2.Value;

    public AmazonSimpleSystemsManagementClient Ssm => ssm.Value;

    public AmazonKeyManagementServiceClient Kms => kms.Value;

    public AmazonS3Client S3 => s3.Value;

    /// <summary>Runs one read-only call; a failure after the SDK's retries becomes an <see cref="OperationsException"/> that says what to do.</summary>
    public async Task<T> CallAsync<T>(string service, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is "AuthFailure" or "UnrecognizedClientException" or "InvalidClientTokenId" or "ExpiredToken" or "SignatureDoesNotMatch" or "InvalidAccessKeyId")
        {
            throw new OperationsException($"AWS refused the credentials ({service} {operation}: {e.ErrorCode}: {e.Message}); check AWS_PROFILE or AWS_ACCESS_KEY_ID and that the keys are current", e);
        }
        catch (AmazonServiceException e) when (e.ErrorCode is "UnauthorizedOperation" or "AccessDenied" or "AccessDeniedException")
        {
            throw new OperationsException($"{service} {operation} was denied ({e.ErrorCode}); preflight needs read access: allow {Permission(service, operation)} to the identity it runs as", e);
        }
        catch (AmazonServiceException e)
        {
            var what = e.ErrorCode is { Length: > 0 } code ? $"{code}: {e.Message}" : $"HTTP {(int)e.StatusCode}: {e.Message}";
            var retried = e.StatusCode is >= System.Net.HttpStatusCode.InternalServerError || IsThrottling(e.ErrorCode) ? $" after {maxErrorRetry + 1} attempts" : string.Empty;
            throw new OperationsException($"{service} {operation} failed{retried} ({what}); try again later, or check the region {region} and the endpoint", e);
        }
        catch (AmazonClientException e)
        {
            throw new OperationsException($"could not reach {service} for {operation} ({e.Message}); check the network, the region {region} and any AWS_ENDPOINT_URL_{service} override", e);
        }
        catch (HttpRequestException e)
        {
            throw new OperationsException($"could not reach {service} for {operation} ({e.Message}); check the network, the region {region} and any AWS_ENDPOINT_URL_{service} override", e);
        }
    }

    public void Dispose()
    {
        foreach (var client in new IDisposable?[] { ec2.IsValueCreated ? ec2.Value : null, ssm.IsValueCreated ? ssm.Value : null, kms.IsValueCreated ? kms.Value : null, s3.IsValueCreated ? s3.Value : null })
        {
            client?.Dispose();
        }
    }

    private static bool IsThrottling(string? code) => code is "Throttling" or "ThrottlingException" or "RequestLimitExceeded" or "TooManyRequestsException" or "SlowDown" or "RequestThrottled";

    private static string Permission(string service, string operation) => service switch
    {
        "EC2" => $"ec2:{operation}",
        "SSM" => $"ssm:{operation}",
        "KMS" => $"kms:{operation}",
        _ => $"s3:{operation}",
    };

    private T Configure<T>(T config, string service)
        where T : ClientConfig
    {
        config.MaxErrorRetry = maxErrorRetry;
        config.RetryMode = RequestRetryMode.Standard;
        config.Timeout = TimeSpan.FromSeconds(30);
        var custom = NonEmpty(environment($"AWS_ENDPOINT_URL_{service}")) ?? NonEmpty(environment("AWS_ENDPOINT_URL"));
        if (custom is not null)
        {
            if (!Uri.TryCreate(custom, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new OperationsException($"AWS_ENDPOINT_URL_{service}/AWS_ENDPOINT_URL \"{custom}\" is not an http(s) URL, e.g. http://127.0.0.1:4566");
            }

            config.ServiceURL = custom;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return config;
    }

    private static AWSCredentials ResolveCredentials(Func<string, string?> environment)
    {
        var accessKey = NonEmpty(environment("AWS_ACCESS_KEY_ID"));
        var secretKey = NonEmpty(environment("AWS_SECRET_ACCESS_KEY"));
        var sessionToken = NonEmpty(environment("AWS_SESSION_TOKEN"));
        if (accessKey is not null && secretKey is not null)
        {
            return sessionToken is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        }

        if (accessKey is not null || secretKey is not null)
        {
            throw new OperationsException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set together; set both, or neither to use AWS_PROFILE or the SDK's credential chain");
        }

        if (NonEmpty(environment("AWS_PROFILE")) is { } profile)
        {
            if (new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var fromProfile))
            {
                return fromProfile;
            }

            throw new OperationsException($"AWS_PROFILE names the profile \"{profile}\", which is not in ~/.aws/config or ~/.aws/credentials; check the name or run aws configure --profile {profile}");
        }

        try
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        }
        catch (AmazonClientException e)
        {
            throw new OperationsException(
                "found no AWS credentials (environment, profiles, web identity, container and instance roles were tried): " +
                "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, or run where such a role applies",
                e);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
