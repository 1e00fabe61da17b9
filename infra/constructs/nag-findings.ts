import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The finding ID cdk-nag's AwsSolutions-IAM5 reports for one wildcard resource, e.g.
 * `AwsSolutions-IAM5[Resource::<SiteBucket.Arn>/articles/*]`, so that an acknowledgment names exactly that resource
 * and nothing broader. The referenced resource's logical ID must be final (pinned) before this is called.
 * @param arn an ARN token such as `bucket.bucketArn`
 * @param suffix what follows the ARN in the policy, e.g. `/articles/*` or `:*`
 */
export function wildcardResourceFinding(scope: IConstruct, arn: string, suffix: string): string {
  return `AwsSolutions-IAM5[Resource::${flattenReference(Stack.of(scope).resolve(arn))}${suffix}]`;
}

/** The string cdk-nag shows for a resolved reference: `<Id.Attr>` for Fn::GetAtt, `<Id>` for Ref. */
function flattenReference(resolved: unknown): string {
  if (typeof resolved === 'string') return resolved;
  const value = resolved as { 'Fn::GetAtt'?: [string, string]; Ref?: string };
  if (value['Fn::GetAtt'] !== undefined) return `<${value['Fn::GetAtt'][0]}.${value['Fn::GetAtt'][1]}>`;
  if (value.Ref !== undefined) return `<${value.Ref}>`;
  return JSON.stringify(resolved);
}
