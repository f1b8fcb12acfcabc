#!/usr/bin/env node
console.log('partner-synergy');
