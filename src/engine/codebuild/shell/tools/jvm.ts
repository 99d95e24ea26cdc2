import type { Tool, ToolCall } from '../shell';
import { basename } from '../workspace';
import { findTestFiles, junitXml, runTestFile, summary, writeReportFiles, type CaseResult } from './tests';
import { cacheHas, duration, eprintln, println } from './util';
import { runtimeVersion } from './versions';

const LIFECYCLE = ['validate', 'compile', 'test', 'package', 'verify', 'install', 'deploy'];

function pomField(pom: string, field: string): string | undefined {
  // The project's own element, not the parent's: drop the <parent> block first.
  const own = pom
    .replace(/<parent>[\s\S]*?<\/parent>/, '')
    .replace(/<dependencies>[\s\S]*<\/dependencies>/, '')
    .replace(/<build>[\s\S]*<\/build>/, '');
  return new RegExp(`<${field}>\\s*([^<]+?)\\s*</${field}>`).exec(own)?.[1];
}

/** Runs the project's JUnit tests and writes surefire/gradle XML reports, one per class. */
function jvmTests(call: ToolCall, reportDir: string): CaseResult[] {
  const { shell } = call;
  const files = findTestFiles(call, 'java');
  const all: CaseResult[] = [];
  for (const file of files) {
    const cases = runTestFile(call, file, 'java');
    all.push(...cases);
    shell.elapse(cases.reduce((n, c) => n + c.durationMs, 0) + duration(call, 100, 400));
    const suite = cases[0]?.suite ?? basename(file);
    shell.fs.write(shell.resolve(`${reportDir}/TEST-${suite}.xml`), junitXml(cases, suite));
  }
  return all;
}

const mvn: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1);
  if (args.includes('-v') || args.includes('--version')) {
    println(io, 'Apache Maven 3.9.9 (8e8579a9e76f7d015ee5ec7bfcdc97d260186937)');
    println(io, `Java version: ${runtimeVersion(shell, 'java')}, vendor: Amazon.com Inc.`);
    return 0;
  }
  const pomPath = shell.resolve(args.includes('-f') ? (args[args.indexOf('-f') + 1] ?? 'pom.xml') : 'pom.xml');
  const pom = shell.fs.read(pomPath);
  const goals = args.filter(
    (a, i) => !a.startsWith('-') && args[i - 1] !== '-f' && args[i - 1] !== '-s' && args[i - 1] !== '-P',
  );
  println(io, '[INFO] Scanning for projects...');
  if (pom === undefined) {
    println(
      io,
      '[ERROR] The goal you specified requires a project to execute but there is no POM in this directory (' +
        shell.state.cwd +
        '). Please verify you invoked Maven from the correct directory. -> [Help 1]',
    );
    println(io, '[ERROR]');
    println(io, '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.');
    return 1;
  }
  const artifactId = pomField(pom, 'artifactId') ?? 'app';
  const version = pomField(pom, 'version') ?? '1.0-SNAPSHOT';
  const packaging = pomField(pom, 'packaging') ?? 'jar';
  const quiet = args.includes('-q');
  const skipTests = args.some((a) => a === '-DskipTests' || a === '-Dmaven.test.skip=true' || a === '-DskipTests=true');
  const log = (line: string) => {
    if (!quiet) println(io, line);
  };
  log('[INFO]');
  log(`[INFO] ------------------------< com.example:${artifactId} >------------------------`);
  log(`[INFO] Building ${artifactId} ${version}`);
  log(`[INFO]   from ${basename(pomPath)}`);
  log(`[INFO] --------------------------------[ ${packaging} ]---------------------------------`);
  const warm = cacheHas(call, ['/root/.m2']);
  shell.elapse(duration(call, 4000, 9000) / (warm ? 3 : 1));
  if (!warm)
    log(
      `[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-compiler-plugin/3.13.0/maven-compiler-plugin-3.13.0.pom`,
    );
  shell.fs.write('/root/.m2/repository/cicdlab', artifactId);
  const last = Math.max(-1, ...goals.map((g) => LIFECYCLE.indexOf(g.replace(/^.*:/, ''))));
  if (goals.includes('clean')) {
    shell.fs.remove(shell.resolve('target'));
    log(`[INFO] --- clean:3.2.0:clean (default-clean) @ ${artifactId} ---`);
  }
  let failed = 0;
  if (last >= LIFECYCLE.indexOf('compile')) {
    const sources = shell.fs.filesUnder(shell.resolve('src/main')).length;
    log(`[INFO] --- compiler:3.13.0:compile (default-compile) @ ${artifactId} ---`);
    log(
      `[INFO] Compiling ${sources} source file${sources === 1 ? '' : 's'} with javac [debug target 17] to target/classes`,
    );
    shell.elapse(duration(call, 2000, 6000) + sources * 50);
    shell.fs.mkdirs(shell.resolve('target/classes'));
  }
  if (last >= LIFECYCLE.indexOf('test')) {
    log(`[INFO] --- surefire:3.5.2:test (default-test) @ ${artifactId} ---`);
    if (skipTests) log('[INFO] Tests are skipped.');
    else {
      const cases = jvmTests(call, 'target/surefire-reports');
      const s = summary(cases);
      failed = s.failed;
      log('[INFO]');
      log('[INFO] -------------------------------------------------------');
      log('[INFO]  T E S T S');
      log('[INFO] -------------------------------------------------------');
      for (const suite of new Set(cases.map((c) => c.suite))) {
        const list = cases.filter((c) => c.suite === suite);
        const f = list.filter((c) => c.status === 'failed').length;
        println(
          io,
          `[${f > 0 ? 'ERROR' : 'INFO'}] Tests run: ${list.length}, Failures: ${f}, Errors: 0, Skipped: ${list.filter((c) => c.status === 'skipped').length}, Time elapsed: ${(list.reduce((n, c) => n + c.durationMs, 0) / 1000).toFixed(3)} s${f > 0 ? ' <<< FAILURE!' : ''} -- in ${suite}`,
        );
      }
      println(io, '[INFO]');
      println(
        io,
        `[${s.failed > 0 ? 'ERROR' : 'INFO'}] Tests run: ${s.total}, Failures: ${s.failed}, Errors: 0, Skipped: ${s.skipped}`,
      );
      writeReportFiles(call, cases, 'surefire');
    }
  }
  if (failed === 0 && last >= LIFECYCLE.indexOf('package')) {
    const file = `target/${artifactId}-${version}.${packaging === 'war' ? 'war' : 'jar'}`;
    log(
      `[INFO] --- ${packaging === 'war' ? 'war:3.4.0:war' : 'jar:3.4.1:jar'} (default-${packaging}) @ ${artifactId} ---`,
    );
    log(`[INFO] Building ${packaging}: ${shell.resolve(file)}`);
    shell.elapse(duration(call, 800, 2500));
    shell.fs.write(shell.resolve(file), `simulated ${packaging} of ${artifactId} ${version}\n`);
  }
  if (failed === 0 && last >= LIFECYCLE.indexOf('install'))
    log(
      `[INFO] Installing ${shell.resolve(`target/${artifactId}-${version}.${packaging}`)} to /root/.m2/repository/com/example/${artifactId}/${version}/${artifactId}-${version}.${packaging}`,
    );
  const total = (shell.elapsed % 60_000) / 1000;
  println(io, '[INFO] ------------------------------------------------------------------------');
  println(io, failed > 0 ? '[INFO] BUILD FAILURE' : '[INFO] BUILD SUCCESS');
  println(io, '[INFO] ------------------------------------------------------------------------');
  println(io, `[INFO] Total time:  ${total.toFixed(3)} s`);
  if (failed > 0) {
    println(
      io,
      `[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on project ${artifactId}: There are test failures.`,
    );
    println(io, `[ERROR] Please refer to ${shell.resolve('target/surefire-reports')} for the individual test results.`);
    return 1;
  }
  return 0;
};

const gradle: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) {
    println(io, 'Gradle 8.12');
    return 0;
  }
  const script = ['build.gradle', 'build.gradle.kts'].find((f) => shell.fs.isFile(shell.resolve(f)));
  const tasks = args.filter((a) => !a.startsWith('-'));
  if (!script) {
    println(io, '');
    println(io, 'FAILURE: Build failed with an exception.');
    println(io, '');
    println(io, '* What went wrong:');
    println(io, `Directory '${shell.state.cwd}' does not contain a Gradle build.`);
    println(io, '');
    println(io, 'BUILD FAILED in 1s');
    return 1;
  }
  const settings =
    shell.fs.read(shell.resolve('settings.gradle')) ?? shell.fs.read(shell.resolve('settings.gradle.kts')) ?? '';
  const name = /rootProject\.name\s*=\s*['"]([^'"]+)/.exec(settings)?.[1] ?? basename(shell.state.cwd);
  const warm = cacheHas(call, ['/root/.gradle/caches']);
  shell.elapse(duration(call, 5000, 12000) / (warm ? 3 : 1));
  shell.fs.write('/root/.gradle/caches/cicdlab', name);
  println(io, '> Task :compileJava');
  println(io, '> Task :processResources NO-SOURCE');
  println(io, '> Task :classes');
  let failed = false;
  const testing = tasks.some((t) => /^(build|test|check)$/.test(t)) && !args.includes('-x');
  if (testing) {
    println(io, '> Task :test');
    const cases = jvmTests(call, 'build/test-results/test');
    failed = cases.some((c) => c.status === 'failed');
    for (const c of cases.filter((x) => x.status === 'failed')) {
      println(io, '');
      println(io, `${c.suite} > ${c.name}() FAILED`);
      println(io, `    org.opentest4j.AssertionFailedError at ${c.file}:1`);
    }
    if (failed) {
      println(io, '');
      println(io, `${cases.length} tests completed, ${cases.filter((c) => c.status === 'failed').length} failed`);
    }
    writeReportFiles(call, cases, 'gradle');
  }
  if (!failed && tasks.some((t) => /^(build|assemble|jar|bootJar|shadowJar)$/.test(t))) {
    println(io, '> Task :jar');
    shell.fs.write(shell.resolve(`build/libs/${name}.jar`), `simulated jar of ${name}\n`);
  }
  println(io, '');
  if (failed) {
    println(io, '> Task :test FAILED');
    println(io, '');
    println(io, 'FAILURE: Build failed with an exception.');
    println(io, '');
    println(io, '* What went wrong:');
    println(io, "Execution failed for task ':test'.");
    println(
      io,
      `> There were failing tests. See the report at: file://${shell.resolve('build/reports/tests/test/index.html')}`,
    );
    println(io, '');
    println(io, `BUILD FAILED in ${Math.round((shell.elapsed % 60000) / 1000)}s`);
    return 1;
  }
  println(io, `BUILD SUCCESSFUL in ${Math.round((shell.elapsed % 60000) / 1000)}s`);
  return 0;
};

const java: Tool = (call) => {
  const { argv, io, shell } = call;
  if (argv.includes('-version') || argv.includes('--version')) {
    const v = runtimeVersion(shell, 'java');
    eprintln(io, `openjdk version "${v}" 2024-10-15 LTS`);
    eprintln(io, `OpenJDK Runtime Environment Corretto-${v}.11.1 (build ${v}+11-LTS)`);
    return 0;
  }
  const jar = argv[argv.indexOf('-jar') + 1];
  if (argv.includes('-jar') && jar && !shell.fs.isFile(shell.resolve(jar))) {
    eprintln(io, `Error: Unable to access jarfile ${jar}`);
    return 1;
  }
  shell.elapse(duration(call, 500, 3000));
  return 0;
};

export const JVM_TOOLS: Record<string, Tool> = {
  mvn,
  mvnw: mvn,
  gradle,
  gradlew: gradle,
  java,
  javac: (call) => {
    call.shell.elapse(duration(call, 1000, 3000));
    return 0;
  },
};
