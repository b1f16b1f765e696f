// where finished quizzes go: an automation service's catch hook
export const QUIZ_HOOK = "https://hooks.example-automation.net/webhook/quiz-results"
