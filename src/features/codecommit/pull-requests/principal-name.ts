/**
 * The short name of an IAM or STS ARN, as the console shows people:
 * `arn:aws:iam::1:user/ana` → `ana`, `arn:aws:sts::1:assumed-role/Review/cicdlab` → `Review/cicdlab`.
 */
export function principalName(arn: string): string {
  const match = /^arn:aws:(?:iam|sts)::\d{12}:(?:user|assumed-role|role|federated-user)\/(.+)$/.exec(arn);
  return match?.[1] ?? arn;
}
