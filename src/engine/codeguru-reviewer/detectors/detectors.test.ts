import { describe, expect, it } from 'vitest';
import type { Detector, Language } from './detector';
import { hardcodedCredentials } from './hardcoded-credentials';
import { hashMapConcurrency } from './hashmap-concurrency';
import { inputValidation } from './input-validation';
import { insecureHash } from './insecure-hash';
import { lazyInitialization } from './lazy-initialization';
import { mutableDefaultArgument } from './mutable-default-argument';
import { resourceLeak } from './resource-leak';
import { sqlInjection } from './sql-injection';
import { swallowedException } from './swallowed-exception';
import { unpaginatedList } from './unpaginated-list';

const run = (detector: Detector, language: Language, text: string) =>
  detector
    .detect({ path: language === 'Java' ? 'App.java' : 'app.py', language, lines: text.split('\n') })
    .map((f) => [f.startLine, f.endLine]);

/** Each case: the detector fires on `bad` at `lines` ([start, end] pairs), and not at all on `fixed`. */
const cases: { detector: Detector; language: Language; bad: string; lines: number[][]; fixed: string }[] = [
  {
    detector: hardcodedCredentials,
    language: 'Python',
    bad: `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",\n)`,
    lines: [[5, 5]],
    fixed: `import boto3\n\ns3 = boto3.client("s3")`,
  },
  {
    detector: hardcodedCredentials,
    language: 'Java',
    bad: `class Db {\n  private static final String DB_PASSWORD = "s3cr3t-pass";\n  String secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";\n}`,
    lines: [
      [2, 2],
      [3, 3],
    ],
    fixed: `class Db {\n  private final String dbPassword = System.getenv("DB_PASSWORD");\n}`,
  },
  {
    detector: resourceLeak,
    language: 'Java',
    bad: `void read(String path) throws IOException {\n  BufferedReader reader = new BufferedReader(new FileReader(path));\n  System.out.println(reader.readLine());\n  reader.close();\n}`,
    lines: [[2, 2]],
    fixed: `void read(String path) throws IOException {\n  try (BufferedReader reader = new BufferedReader(new FileReader(path))) {\n    System.out.println(reader.readLine());\n  }\n}`,
  },
  {
    detector: resourceLeak,
    language: 'Python',
    bad: `def load(path):\n    f = open(path)\n    data = f.read()\n    f.close()\n    return data`,
    lines: [[2, 2]],
    fixed: `def load(path):\n    with open(path) as f:\n        return f.read()`,
  },
  {
    detector: inputValidation,
    language: 'Python',
    bad: `@app.route("/report")\ndef report():\n    name = request.args.get("name")\n    os.system("generate-report " + name)\n    return "ok"`,
    lines: [[4, 4]],
    fixed: `@app.route("/report")\ndef report():\n    name = request.args.get("name")\n    if not re.fullmatch(r"[a-z0-9-]+", name):\n        abort(400)\n    os.system("generate-report " + name)`,
  },
  {
    detector: inputValidation,
    language: 'Java',
    bad: `protected void doGet(HttpServletRequest request, HttpServletResponse response) {\n  String file = request.getParameter("file");\n  File target = new File("/var/reports/" + file);\n}`,
    lines: [[3, 3]],
    fixed: `protected void doGet(HttpServletRequest request, HttpServletResponse response) {\n  String file = request.getParameter("file");\n  if (!file.matches("[a-z0-9]+\\\\.pdf")) throw new IllegalArgumentException();\n  File target = new File("/var/reports/" + file);\n}`,
  },
  {
    detector: unpaginatedList,
    language: 'Python',
    bad: `def keys(bucket):\n    s3 = boto3.client("s3")\n    response = s3.list_objects_v2(Bucket=bucket)\n    return [o["Key"] for o in response["Contents"]]`,
    lines: [[3, 3]],
    fixed: `def keys(bucket):\n    s3 = boto3.client("s3")\n    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)\n    return [o["Key"] for p in pages for o in p.get("Contents", [])]`,
  },
  {
    detector: unpaginatedList,
    language: 'Java',
    bad: `ListObjectsV2Response response = s3.listObjectsV2(request);\nfor (S3Object o : response.contents()) {\n  keys.add(o.key());\n}`,
    lines: [[1, 1]],
    fixed: `for (S3Object o : s3.listObjectsV2Paginator(request).contents()) {\n  keys.add(o.key());\n}`,
  },
  {
    detector: swallowedException,
    language: 'Java',
    bad: `try {\n  client.send(message);\n} catch (Exception e) {\n}`,
    lines: [[3, 3]],
    fixed: `try {\n  client.send(message);\n} catch (IOException e) {\n  log.warn("send failed", e);\n}`,
  },
  {
    detector: swallowedException,
    language: 'Python',
    bad: `try:\n    publish(event)\nexcept Exception:\n    pass\nprint("done")`,
    lines: [[3, 3]],
    fixed: `try:\n    publish(event)\nexcept ConnectionError as e:\n    log.warning("publish failed: %s", e)`,
  },
  {
    detector: sqlInjection,
    language: 'Java',
    bad: `Statement st = connection.createStatement();\nResultSet rs = st.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");`,
    lines: [[2, 2]],
    fixed: `PreparedStatement st = connection.prepareStatement("SELECT * FROM users WHERE name = ?");\nst.setString(1, name);\nResultSet rs = st.executeQuery();`,
  },
  {
    detector: sqlInjection,
    language: 'Python',
    bad: `def find(cursor, user_id):\n    query = f"SELECT * FROM orders WHERE user_id = {user_id}"\n    cursor.execute(query)\n    return cursor.fetchall()`,
    lines: [[3, 3]],
    fixed: `def find(cursor, user_id):\n    cursor.execute("SELECT * FROM orders WHERE user_id = %s", (user_id,))\n    return cursor.fetchall()`,
  },
  {
    detector: insecureHash,
    language: 'Python',
    bad: `import hashlib\n\ndef fingerprint(password):\n    return hashlib.md5(password.encode()).hexdigest()`,
    lines: [[4, 4]],
    fixed: `import hashlib\n\ndef fingerprint(data):\n    return hashlib.sha256(data).hexdigest()`,
  },
  {
    detector: insecureHash,
    language: 'Java',
    bad: `MessageDigest digest = MessageDigest.getInstance("SHA-1");`,
    lines: [[1, 1]],
    fixed: `MessageDigest digest = MessageDigest.getInstance("SHA-256");`,
  },
  {
    detector: mutableDefaultArgument,
    language: 'Python',
    bad: `def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags`,
    lines: [[1, 1]],
    fixed: `def add_tag(tag, tags=None):\n    if tags is None:\n        tags = []\n    tags.append(tag)\n    return tags`,
  },
  {
    detector: lazyInitialization,
    language: 'Java',
    bad: `public class Registry {\n  private static Registry instance;\n\n  public static Registry get() {\n    if (instance == null) {\n      instance = new Registry();\n    }\n    return instance;\n  }\n}`,
    lines: [[5, 6]],
    fixed: `public class Registry {\n  private static Registry instance;\n\n  public static synchronized Registry get() {\n    if (instance == null) {\n      instance = new Registry();\n    }\n    return instance;\n  }\n}`,
  },
  {
    detector: hashMapConcurrency,
    language: 'Java',
    bad: `public class Cache {\n  private static final Map<String, String> VALUES = new HashMap<>();\n  private final ExecutorService pool = Executors.newFixedThreadPool(4);\n\n  public void load(String key) {\n    pool.submit(() -> VALUES.put(key, fetch(key)));\n  }\n}`,
    lines: [[6, 6]],
    fixed: `public class Cache {\n  private static final Map<String, String> VALUES = new ConcurrentHashMap<>();\n  private final ExecutorService pool = Executors.newFixedThreadPool(4);\n\n  public void load(String key) {\n    pool.submit(() -> VALUES.put(key, fetch(key)));\n  }\n}`,
  },
];

describe('CodeGuru Reviewer detectors', () => {
  it.each(cases.map((c) => [`${c.detector.ruleId} (${c.language})`, c] as const))(
    '%s fires on the flawed snippet at the right lines and not on the fixed one',
    (_, c) => {
      expect(run(c.detector, c.language, c.bad)).toEqual(c.lines);
      expect(run(c.detector, c.language, c.fixed)).toEqual([]);
    },
  );

  it('ignores a password or key that only appears in a comment, except an access key ID, which leaks anyway', () => {
    expect(run(hardcodedCredentials, 'Python', '# password = "hunter22"')).toEqual([]);
    expect(run(hardcodedCredentials, 'Python', '# old key AKIAIOSFODNN7EXAMPLE')).toEqual([[1, 1]]);
  });

  it('names the variable and the risk in the recommendation text', () => {
    const [finding] = inputValidation.detect({
      path: 'app.py',
      language: 'Python',
      lines: ['path = request.args["path"]', 'data = open(path).read()'],
    });
    expect(finding?.description).toContain('`path` comes from outside the program (line 1)');
    expect(finding?.description).toContain('path traversal');
  });
});
