export type ParameterType = 'String' | 'StringList' | 'SecureString';

export interface ParameterMetadata {
  Name: string;
  ARN?: string;
  Type: ParameterType;
  Description?: string;
  LastModifiedDate: number;
  LastModifiedUser?: string;
  Version: number;
  Tier?: string;
  DataType?: string;
}
