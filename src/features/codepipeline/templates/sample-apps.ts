/**
 * The sample applications the templates commit. Their buildspecs use only what the simulated CodeBuild shell runs
 * (docs/codebuild-simulation.md) and their hook scripts only what the simulated CodeDeploy agent runs
 * (docs/codedeploy-simulation.md), so the first pipeline execution goes green.
 */
export type SampleFiles = Record<string, string>;

const nodeApp = (projectName: string): SampleFiles => ({
  'README.md': `# ${projectName}\n\nCreated from a CI/CD Lab project template. A push to main starts the pipeline ${projectName}-pipeline:\nCodeBuild runs the tests (buildspec.yml), then CodeDeploy installs the build (appspec.yml).\n`,
  'package.json': `${JSON.stringify(
    {
      name: projectName.toLowerCase(),
      version: '1.0.0',
      private: true,
      scripts: { start: 'node src/server.js', test: 'node --test tests/' },
    },
    null,
    2,
  )}\n`,
  'src/greeting.js': 'exports.greeting = (name) => `Hello, ${name}!`;\n',
  'tests/greeting.test.js':
    "const test = require('node:test');\nconst assert = require('node:assert');\nconst { greeting } = require('../src/greeting');\n\ntest('greets by name', () => {\n  assert.strictEqual(greeting('Ada'), 'Hello, Ada!');\n});\n",
});

const NODE_BUILDSPEC = `version: 0.2

phases:
  install:
    runtime-versions:
      nodejs: 20
  pre_build:
    commands:
      - npm install
  build:
    commands:
      - npm test

artifacts:
  files:
    - '**/*'
  exclude-paths:
    - 'tests/**/*'
`;

/** A Node.js web server that CodeDeploy installs on EC2 instances, with the four usual hook scripts. */
export function ec2WebApp(projectName: string): SampleFiles {
  return {
    ...nodeApp(projectName),
    'src/server.js': `const http = require('node:http');\nconst { greeting } = require('./greeting');\n\nhttp\n  .createServer((req, res) => {\n    if (req.url === '/health') return res.end('ok');\n    res.writeHead(200, { 'content-type': 'text/html' });\n    res.end(\`<h1>\${greeting('${projectName}')}</h1>\`);\n  })\n  .listen(process.env.PORT || 80);\n`,
    'buildspec.yml': NODE_BUILDSPEC,
    'appspec.yml': `version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/${projectName}
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
`,
    'scripts/stop_server.sh': `#!/bin/bash\n# ApplicationStop runs the previous revision's copy of this script (none on the first deployment).\nsystemctl stop ${projectName} || true\n`,
    'scripts/install_dependencies.sh': `#!/bin/bash\nset -e\nmkdir -p /var/www/${projectName}\necho "Installing Node.js 20"\n`,
    'scripts/start_server.sh': `#!/bin/bash\nset -e\ncd /var/www/${projectName}\nsystemctl start ${projectName}\n`,
    'scripts/validate_service.sh': `#!/bin/bash\n# A revision that fails its requests answers 500 here, and the deployment to this instance fails.\ncurl -sf http://localhost/health > /dev/null || exit 1\necho "${projectName} answers on port 80"\n`,
  };
}

/** A Lambda handler; the AppSpec moves the alias from the current version to the target one. */
export function lambdaApp(
  projectName: string,
  lambda: { functionName: string; alias: string; currentVersion: string; targetVersion: string },
): SampleFiles {
  return {
    ...nodeApp(projectName),
    'src/index.js':
      "const { greeting } = require('./greeting');\n\nexports.handler = async (event) => ({ statusCode: 200, body: greeting(event.name ?? 'world') });\n",
    'buildspec.yml': NODE_BUILDSPEC,
    'appspec.yml': `version: 0.0
Resources:
  - ${lambda.functionName}:
      Type: AWS::Lambda::Function
      Properties:
        Name: ${lambda.functionName}
        Alias: ${lambda.alias}
        CurrentVersion: ${lambda.currentVersion}
        TargetVersion: ${lambda.targetVersion}
`,
  };
}

/**
 * A container image build. The AppSpec names the task definition revision to deploy: the simulator cannot register
 * one from a taskdef.json, so CodeDeploy starts the replacement task set from an existing revision.
 */
export function ecsApp(
  projectName: string,
  ecs: { taskDefinitionArn: string; containerName: string; containerPort: number },
): SampleFiles {
  return {
    ...nodeApp(projectName),
    'src/server.js': `const http = require('node:http');\nconst { greeting } = require('./greeting');\n\nhttp.createServer((req, res) => res.end(greeting('${projectName}'))).listen(${ecs.containerPort});\n`,
    Dockerfile: `FROM public.ecr.aws/docker/library/node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE ${ecs.containerPort}\nCMD ["node", "src/server.js"]\n`,
    'buildspec.yml': `version: 0.2

phases:
  install:
    runtime-versions:
      nodejs: 20
  pre_build:
    commands:
      - npm install
      - npm test
  build:
    commands:
      - docker build -t ${projectName.toLowerCase()}:latest .

artifacts:
  files:
    - appspec.yml
`,
    'appspec.yml': `version: 0.0
Resources:
  - TargetService:
      Type: AWS::ECS::Service
      Properties:
        TaskDefinition: ${ecs.taskDefinitionArn}
        LoadBalancerInfo:
          ContainerName: ${ecs.containerName}
          ContainerPort: ${ecs.containerPort}
`,
  };
}

/** A static site: the build checks the pages and puts them in dist/, which the S3 deploy action extracts. */
export function staticSite(projectName: string): SampleFiles {
  return {
    'README.md': `# ${projectName}\n\nA static site created from a CI/CD Lab project template. A push to main builds site/ into dist/\nand the pipeline ${projectName}-pipeline extracts it into the site bucket.\n`,
    'site/index.html': `<!doctype html>\n<html lang="en">\n<title>${projectName}</title>\n<h1>${projectName}</h1>\n<p>Deployed by CodePipeline.</p>\n</html>\n`,
    'site/error.html': `<!doctype html>\n<html lang="en">\n<title>Not found</title>\n<h1>Page not found</h1>\n</html>\n`,
    'buildspec.yml': `version: 0.2

phases:
  build:
    commands:
      - grep -q "<title>" site/index.html
      - mkdir -p dist
      - cp site/*.html dist/

artifacts:
  base-directory: dist
  files:
    - '**/*'
`,
  };
}
