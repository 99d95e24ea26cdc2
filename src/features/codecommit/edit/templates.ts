/** Starting points for "New file from template": valid, commented, and close to what AWS's own samples do. */
export interface FileTemplate {
  id: 'buildspec' | 'appspec-ec2';
  label: string;
  fileName: string;
  description: string;
  text: string;
}

const BUILDSPEC = `# CodeBuild runs this file from the root of the source.
# Reference: https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html
version: 0.2

env:
  variables:
    NODE_ENV: production
  # Values kept out of the file: uncomment and name your own parameter or secret.
  # parameter-store:
  #   API_URL: /demo/api-url
  # secrets-manager:
  #   DB_PASSWORD: demo/db:password

phases:
  install:
    # The runtime to install on the build image.
    runtime-versions:
      nodejs: 20
  pre_build:
    commands:
      - echo Installing dependencies
      - npm ci
  build:
    commands:
      - echo Running the tests
      - npm test
  post_build:
    commands:
      - echo Build completed on \`date\`

# What the next stage (CodeDeploy, S3) receives.
artifacts:
  files:
    - '**/*'
  exclude-paths:
    - 'node_modules/**/*'

# Keeps downloaded packages between builds when the project has a cache.
cache:
  paths:
    - '/root/.npm/**/*'
`;

const APPSPEC_EC2 = `# CodeDeploy reads this file from the root of the revision (EC2/on-premises, in-place or blue/green).
# Reference: https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file.html
version: 0.0
os: linux

# Copy the whole revision to the application folder on each instance.
files:
  - source: /
    destination: /var/www/app
# What to do when a file is already there: DISALLOW (the default) fails the deployment.
file_exists_behavior: OVERWRITE

permissions:
  - object: /var/www/app
    pattern: '**'
    owner: ec2-user
    group: ec2-user
    mode: 755
    type:
      - file

# Scripts run on each instance, in lifecycle order. Paths are relative to the revision root.
# ApplicationStop runs the previous revision's script, so it does not run on the first deployment.
hooks:
  ApplicationStop:
    - location: scripts/stop_server.sh
      timeout: 60
      runas: root
  BeforeInstall:
    - location: scripts/install_dependencies.sh
      timeout: 300
      runas: root
  ApplicationStart:
    - location: scripts/start_server.sh
      timeout: 60
      runas: root
  ValidateService:
    - location: scripts/validate_service.sh
      timeout: 60
`;

export const FILE_TEMPLATES: readonly FileTemplate[] = [
  {
    id: 'buildspec',
    label: 'buildspec.yml (CodeBuild)',
    fileName: 'buildspec.yml',
    description: 'Install Node.js 20, run npm ci and npm test, and hand the source on as the build artifact.',
    text: BUILDSPEC,
  },
  {
    id: 'appspec-ec2',
    label: 'appspec.yml (CodeDeploy, EC2)',
    fileName: 'appspec.yml',
    description: 'Copy the revision to /var/www/app and run stop, install, start and validate scripts.',
    text: APPSPEC_EC2,
  },
];

export const templateById = (id: string | null) => FILE_TEMPLATES.find((t) => t.id === id);
