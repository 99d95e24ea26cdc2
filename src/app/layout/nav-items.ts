export interface NavItem {
  to: string;
  /** The console group a service belongs to ("Build"); absent for console-wide pages. */
  group?: string;
  label: string;
}

/** The left navigation, in the order a change travels plus the console-wide views. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Dashboard' },
  { to: '/codecommit', group: 'Source', label: 'CodeCommit' },
  { to: '/codeartifact', group: 'Artifacts', label: 'CodeArtifact' },
  { to: '/codebuild', group: 'Build', label: 'CodeBuild' },
  { to: '/parameters', group: 'Build', label: 'Parameters & secrets' },
  { to: '/codedeploy', group: 'Deploy', label: 'CodeDeploy' },
  { to: '/codepipeline', group: 'Pipeline', label: 'CodePipeline' },
  { to: '/codeguru', group: 'Code reviews', label: 'CodeGuru' },
  { to: '/events', label: 'Events' },
  { to: '/labs', label: 'Labs' },
];
