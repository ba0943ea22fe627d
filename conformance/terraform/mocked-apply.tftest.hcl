# A whole `terraform apply` against a mocked AWS provider, offline: every expression of the
# generated configuration is evaluated and the provider's own value checks (ARN and id shapes,
# CIDRs, enumerations, conflicts) run on every resource, as on a real apply. Mocked values get
# the shapes real AWS gives them (mocks/aws.tfmock.hcl), so a check fails only on our output.
mock_provider "aws" {
  source = "./tests/mocks"
}

run "mocked_apply" {
  command = apply
}
