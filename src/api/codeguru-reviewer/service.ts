/** CodeGuru Reviewer's REST-JSON routes, the same table the mocked endpoints read. */
export { codeguruReviewerApi as codeguruReviewer } from '../../engine/codeguru-reviewer/http-bindings';
export { REVIEWER_ERROR_EXPLANATIONS } from '../../engine/codeguru-reviewer/errors';
