export * from './domain/index.js'
export * from './forms/index.js'
