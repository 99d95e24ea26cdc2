/** CodeGuru Profiler's REST-JSON routes, the same table the mocked endpoints read. */
export { codeguruProfilerApi as codeguruProfiler } from '../../engine/codeguru-profiler/http-bindings';
